package org.forewarn.delivery;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.ChannelType;

/**
 * The recipient (or their mail relay, or the liaison counterpart) has the warning.
 *
 * @param reference what the other side answered: the SMTP Message-ID, the webhook's request id,
 *                  or the liaison officer's note
 */
@org.forewarn.shared.EventType("DeliverySucceeded")
public record DeliverySucceeded(UUID deliveryId, UUID warningId, ChannelType channel, String idempotencyKey,
                                Instant deliveredAt, String deliveredBy, String reference, int attempts)
        implements DeliveryEvent {
}
