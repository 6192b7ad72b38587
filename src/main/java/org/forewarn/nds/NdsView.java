package org.forewarn.nds;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** @param openFor how long the obligation was (or has been) open */
public record NdsView(UUID threatId, NdsStatus status, Instant openedAt, UUID openedByWarning, String recipientName,
                      Instant satisfiedAt, UUID alertId, String exceptionReason, String exceptionBy,
                      Duration openFor) {
}
