package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * @param sentAt     when it went (for a hand-over: when it was handed over, as recorded)
 * @param recordedAt when the send was recorded; later than sentAt when a hand-over is recorded late
 */
@EventType("WarningSent")
public record WarningSent(UUID warningId, UUID threatId, UUID recipientId, String recipientName,
                          String channel, String sentBy, String idempotencyKey, Instant sentAt,
                          Instant recordedAt) implements WarningEvent {
}
