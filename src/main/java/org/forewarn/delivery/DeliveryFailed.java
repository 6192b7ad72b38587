package org.forewarn.delivery;

import java.util.UUID;

import org.forewarn.shared.ChannelType;

/** Delivery was given up: refused for good, or every attempt failed. */
@org.forewarn.shared.EventType("DeliveryFailed")
public record DeliveryFailed(UUID deliveryId, UUID warningId, ChannelType channel, String idempotencyKey,
                             String reason, int attempts) implements DeliveryEvent {
}
