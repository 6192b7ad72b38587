package org.forewarn.warning;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One thing the recipient said, when they said it, and who recorded it.
 *
 * @param source who said it, if not the recipient's usual counterpart (e.g. "Head of the SVR, to Interfax")
 */
@Table("warning_responses")
public record WarningResponse(ResponseKind kind, Instant receivedAt, String text, String source, String recordedBy,
                              Instant recordedAt) {
}
