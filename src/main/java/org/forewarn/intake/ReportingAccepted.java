package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An analyst turned a partner's report into a threat: the case it became. */
@EventType("ReportingAccepted")
public record ReportingAccepted(UUID reportingId, UUID threatId, String stixId, String acceptedBy)
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
        return threatId;
    }
}
