package org.forewarn.fanout;

import org.forewarn.shared.ChannelType;

import java.time.Instant;
import java.util.UUID;

/** One message of a fan-out: to whom, on which channel, and what came of it. */
public record AlertDeliveryView(long id, UUID enrolleeId, ChannelType channel, String address,
                                AlertDeliveryStatus status,
                                int attempts, String idempotencyKey, String lastError, Instant sentAt,
                                Instant deliveredAt) {
}
