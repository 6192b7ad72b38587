package org.forewarn.warning;

import java.util.UUID;

public record WarningEscalated(UUID warningId, UUID threatId, String escalatedBy,
                               String note) implements WarningEvent {
}
