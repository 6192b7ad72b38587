package org.forewarn.attribution;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param subject who would be responsible if it held, if it names anyone */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HypothesisView(UUID id, UUID threatId, String label, String text, String subject, String statedBy,
                             Instant statedAt) {
}
