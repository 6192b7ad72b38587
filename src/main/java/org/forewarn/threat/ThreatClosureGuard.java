package org.forewarn.threat;

import java.util.List;
import java.util.UUID;

/**
 * A module that can hold a threat open implements this: closing is refused while any guard
 * objects (e.g. an unsatisfied No-Double-Standard obligation).
 */
public interface ThreatClosureGuard {

    /** Why the threat may not be closed now; empty when nothing stands in the way. */
    List<String> objectionsToClosing(UUID threatId);
}
