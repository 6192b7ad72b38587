package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningUnanswered")
public record WarningUnanswered(UUID warningId, UUID threatId, Instant deliveredAt,
                                Instant acknowledgmentDueAt) implements WarningEvent {
}
