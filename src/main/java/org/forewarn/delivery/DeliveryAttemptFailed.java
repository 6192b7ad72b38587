package org.forewarn.delivery;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.recipient.ChannelType;
import org.forewarn.shared.DomainEvent;

/** One attempt failed; another is scheduled. */
public record DeliveryAttemptFailed(UUID deliveryId, UUID warningId, ChannelType channel, int attempt,
                                    String reason, Instant nextAttemptAt) implements DomainEvent {

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
