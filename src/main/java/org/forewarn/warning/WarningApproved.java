package org.forewarn.warning;

import java.util.UUID;

public record WarningApproved(UUID warningId, UUID threatId, String approvedBy,
                              String note) implements WarningEvent {
}
