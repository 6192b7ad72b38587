package org.forewarn.delivery;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.recipient.ChannelType;
import org.forewarn.shared.DomainEvent;

/**
 * The recipient (or their mail relay, or the liaison counterpart) has the warning.
 *
 * @param reference what the other side answered: the SMTP Message-ID, the webhook's request id,
 *                  or the liaison officer's note
 */
public record DeliverySucceeded(UUID deliveryId, UUID warningId, ChannelType channel, String idempotencyKey,
                                Instant deliveredAt, String deliveredBy, String reference, int attempts)
        implements DomainEvent {

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
        // Deliveries belong to a warning, and the warning to a case; the warning module records
        // the case-level fact (WarningDelivered) in the same transaction.
        return null;
    }
}
