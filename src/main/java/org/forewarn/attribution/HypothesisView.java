package org.forewarn.attribution;

import java.time.Instant;
import java.util.UUID;

public record HypothesisView(UUID id, UUID threatId, String label, String text, String statedBy, Instant statedAt) {
}
