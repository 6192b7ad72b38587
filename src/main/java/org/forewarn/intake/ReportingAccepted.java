package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An analyst turned a partner's report into a threat: the case it became. */
@EventType("ReportingAccepted")
public record ReportingAccepted(UUID reportingId, UUID threatId, String stixId, String acceptedBy)
        implements ReportingEvent {

    @Override
    public UUID caseId() {
        return threatId;
    }
}
