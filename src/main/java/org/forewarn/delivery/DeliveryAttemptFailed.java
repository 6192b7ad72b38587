package org.forewarn.delivery;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.ChannelType;

/** One attempt failed; another is scheduled. */
@org.forewarn.shared.EventType("DeliveryAttemptFailed")
public record DeliveryAttemptFailed(UUID deliveryId, UUID warningId, ChannelType channel, int attempt,
                                    String reason, Instant nextAttemptAt) implements DeliveryEvent {
}
