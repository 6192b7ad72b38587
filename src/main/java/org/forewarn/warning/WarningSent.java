package org.forewarn.warning;

import java.util.UUID;

public record WarningSent(UUID warningId, UUID threatId, UUID recipientId, String recipientName,
                          String channel, String sentBy, String idempotencyKey) implements WarningEvent {
}
