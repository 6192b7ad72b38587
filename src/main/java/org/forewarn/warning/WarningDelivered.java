package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningDelivered")
public record WarningDelivered(UUID warningId, UUID threatId, UUID recipientId, String recipientName,
                               String channel, Instant sentAt, Instant deliveredAt, String deliveredBy,
                               String reference) implements WarningEvent {
}
