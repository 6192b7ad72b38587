package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningApproved")
public record WarningApproved(UUID warningId, UUID threatId, String approvedBy,
                              String note) implements WarningEvent {
}
