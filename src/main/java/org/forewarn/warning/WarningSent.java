package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningSent(UUID warningId, UUID threatId, UUID recipientId, String recipientName, String channel, String sentBy, String idempotencyKey) implements DomainEvent {

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
