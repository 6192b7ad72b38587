package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningDelivered(UUID warningId, UUID threatId, UUID recipientId, String recipientName, String channel, Instant sentAt, Instant deliveredAt, String deliveredBy, String reference) implements DomainEvent {

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
