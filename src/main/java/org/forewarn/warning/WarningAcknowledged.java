package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

public record WarningAcknowledged(UUID warningId, UUID threatId, Instant receivedAt, String response,
                                  String recordedBy) implements WarningEvent {
}
