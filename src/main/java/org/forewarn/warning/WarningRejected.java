package org.forewarn.warning;

import java.util.UUID;

public record WarningRejected(UUID warningId, UUID threatId, String rejectedBy,
                              String note) implements WarningEvent {
}
