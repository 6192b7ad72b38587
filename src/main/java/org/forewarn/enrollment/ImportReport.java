package org.forewarn.enrollment;

import java.util.List;
import java.util.UUID;

/**
 * What a CSV import did.
 *
 * @param people             people created or updated
 * @param locations          locations stored for them
 * @param rejectedLines      lines refused (nothing of them was stored)
 * @param errors             the first problems found (at most 1000), by line: line 1 is the header
 * @param moreErrorsNotShown whether there were more problems than {@code errors} lists
 */
public record ImportReport(UUID importId, long people, long locations, long rejectedLines, List<LineError> errors,
                           boolean moreErrorsNotShown, long durationMs) {

    /**
     * One problem on one line.
     *
     * @param column  the CSV column it is in (null if it is not about one column)
     * @param field   the same field as the API names it for {@code POST /api/v1/enrollments} (null if none)
     * @param message what is wrong: the API's own message for the same value
     */
    public record LineError(long line, String column, String field, String message) {
    }
}
