package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningEscalated")
public record WarningEscalated(UUID warningId, UUID threatId, String escalatedBy,
                               String note) implements WarningEvent {
}
