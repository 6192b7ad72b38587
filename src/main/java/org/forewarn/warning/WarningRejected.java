package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningRejected")
public record WarningRejected(UUID warningId, UUID threatId, String rejectedBy,
                              String note) implements WarningEvent {
}
