package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

public record WarningUnanswered(UUID warningId, UUID threatId, Instant deliveredAt,
                                Instant acknowledgmentDueAt) implements WarningEvent {
}
