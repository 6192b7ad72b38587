package org.forewarn.shared;

import java.time.Instant;
import java.util.List;

/** A module that knows of work waiting for a person contributes it to the due queue. */
public interface DueItemSource {

    List<DueItem> dueItems(Instant now);
}
