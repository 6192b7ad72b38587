package org.forewarn.warning;

import java.time.Instant;

import org.forewarn.shared.Violations;

/** A later response from or about the recipient: action taken, a dispute, a request for more. */
public record RecordResponse(ResponseKind kind, Instant receivedAt, String text, String source) {

    public RecordResponse {
        Violations.check()
                .notNull(kind, "kind")
                .require(kind != ResponseKind.ACKNOWLEDGMENT, "kind",
                        "record acknowledgments with POST /warnings/{id}/acknowledgment")
                .notNull(receivedAt, "receivedAt").time(receivedAt, "receivedAt")
                .notBlank(text, "text")
                .maxLength(text, 10_000, "text")
                .maxLength(source, 500, "source")
                .orThrow();
    }
}
