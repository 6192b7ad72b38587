package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningAcknowledged(UUID warningId, UUID threatId, Instant receivedAt, String response, String recordedBy) implements DomainEvent {

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
