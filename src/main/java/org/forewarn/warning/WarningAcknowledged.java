package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningAcknowledged")
public record WarningAcknowledged(UUID warningId, UUID threatId, Instant receivedAt, String response,
                                  String recordedBy) implements WarningEvent {
}
