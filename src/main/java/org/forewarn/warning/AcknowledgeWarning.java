package org.forewarn.warning;

import java.time.Instant;

import org.forewarn.shared.Violations;

/**
 * The recipient confirmed receipt.
 *
 * @param receivedAt when they confirmed it
 * @param response   what they said, e.g. "information too general"
 */
public record AcknowledgeWarning(Instant receivedAt, String response) {

    public AcknowledgeWarning {
        Violations.check()
                .notNull(receivedAt, "receivedAt").time(receivedAt, "receivedAt")
                .maxLength(response, 10_000, "response")
                .orThrow();
    }
}
