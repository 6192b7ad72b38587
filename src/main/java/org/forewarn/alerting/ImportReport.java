package org.forewarn.alerting;

import java.util.List;
import java.util.UUID;

/**
 * What a CSV import did.
 *
 * @param people        people created or updated
 * @param locations     locations stored for them
 * @param rejectedLines lines refused (nothing of them was stored)
 * @param errors        the first refused lines with the reason (line 1 is the header)
 */
public record ImportReport(UUID importId, long people, long locations, long rejectedLines, List<LineError> errors,
                           boolean moreErrorsNotShown, long durationMs) {

    public record LineError(long line, String message) {
    }
}
