package org.forewarn.fanout;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a fan-out stands.
 *
 * @param people    enrolled people found in the area
 * @param messages  messages to send (one per person and channel)
 * @param queued    not yet sent (including those waiting to be retried)
 * @param sent      accepted by a relay or gateway (e-mail, SMS)
 * @param delivered confirmed by the recipient's endpoint (webhook)
 * @param failed    given up
 */
public record FanOutProgress(UUID alertId, FanOutStatus status, Instant startedAt, Instant matchedAt,
                             Instant completedAt, Instant lastDeliveredAt, long people, long messages, long queued,
                             long sent, long delivered, long failed, Long durationMs) {
}
