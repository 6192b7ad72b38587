package org.forewarn.attribution;

import java.util.List;

/**
 * A case's hypotheses or evidence, read whole: the matrix needs all of it, and a case holds at most
 * {@link Hypotheses#MAX_HYPOTHESES} hypotheses and {@link Hypotheses#MAX_EVIDENCE} evidence rows.
 */
public record BoundedList<T>(List<T> items) {
}
