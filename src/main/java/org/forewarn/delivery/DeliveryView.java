package org.forewarn.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.ChannelType;

public record DeliveryView(UUID id, UUID warningId, ChannelType channel, String address, String idempotencyKey,
                           DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
                           Instant deliveredAt, String reference, List<AttemptView> history) {

    public record AttemptView(int attempt, Instant startedAt, Instant finishedAt, String outcome, String detail) {
    }
}
