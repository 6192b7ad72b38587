package org.forewarn.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A case behind an oversight figure.
 *
 * @param fact what puts the case in the figure ("deadline missed by 3 h 10 min ...")
 * @param link the case
 */
public record OversightCase(UUID id, String title, Instant receivedAt, String fact, String link) {
}
