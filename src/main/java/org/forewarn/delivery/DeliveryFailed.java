package org.forewarn.delivery;

import java.util.UUID;

import org.forewarn.recipient.ChannelType;
import org.forewarn.shared.DomainEvent;

/** Delivery was given up: refused for good, or every attempt failed. */
public record DeliveryFailed(UUID deliveryId, UUID warningId, ChannelType channel, String idempotencyKey,
                             String reason, int attempts) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Delivery";
    }

    @Override
    public UUID subjectId() {
        return deliveryId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
