package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningResponseRecorded")
public record WarningResponseRecorded(UUID warningId, UUID threatId, ResponseKind kind, Instant receivedAt,
                                      String text, String source, String recordedBy) implements WarningEvent {
}
