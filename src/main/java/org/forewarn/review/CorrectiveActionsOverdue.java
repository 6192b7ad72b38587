package org.forewarn.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/**
 * Corrective actions still open after their completion date, each for its point of contact alone.
 * An action merely coming due is not an item: the plan itself shows what is coming.
 */
@Component
class CorrectiveActionsOverdue implements DueItemSource {

    private static final int SUMMARY_TEXT = 160;

    private final Findings findings;

    CorrectiveActionsOverdue(Findings findings) {
        this.findings = findings;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return findings.overdue(now).stream().map(a -> {
            ZoneId zone = findings.zone(a.threatId());
            // Overdue from the first moment after the completion date, where the case is read.
            Instant since = a.completionDate().plusDays(1).atStartOfDay(zone).toInstant();
            return new DueItem(DueKind.CORRECTIVE_ACTION_OVERDUE, "Corrective action due " + a.completionDate()
                    + " is not done: " + shortened(a.description()), since, since, true,
                    "/api/v1/corrective-actions/" + a.id(), a.threatId(), a.id(), a.pointOfContact());
        }).toList();
    }

    private static String shortened(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= SUMMARY_TEXT && line.length() == text.length() ? line
                : line.substring(0, Math.min(line.length(), SUMMARY_TEXT)).stripTrailing() + "…";
    }
}
