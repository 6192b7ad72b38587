package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An analyst dismissed a partner's report, and why. */
@EventType("ReportingDismissed")
public record ReportingDismissed(UUID reportingId, String stixId, String reason, String dismissedBy)
        implements IntakeEvent {

    @Override
    public String subjectType() {
        return "IncomingReporting";
    }

    @Override
    public UUID subjectId() {
        return reportingId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
