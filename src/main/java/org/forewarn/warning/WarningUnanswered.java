package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningUnanswered(UUID warningId, UUID threatId, Instant deliveredAt, Instant acknowledgmentDueAt) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Warning";
    }

    @Override
    public UUID subjectId() {
        return warningId;
    }

    @Override
    public UUID caseId() {
        return threatId;
    }
}
