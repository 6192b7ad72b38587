package org.forewarn.delivery;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.Violations;

/**
 * A warning handed over in person or over a liaison link, as recorded by the liaison officer.
 *
 * @param deliveredBy  who handed it over (defaults to the recording officer)
 * @param handedOverAt when; defaults to now
 */
public record Handover(UUID warningId, UUID recipientId, String address, String subject, String body,
                       String deliveredBy, String note, Instant handedOverAt) {

    public Handover {
        Violations.check().notNull(warningId, "warningId").notNull(recipientId, "recipientId")
                .notBlank(deliveredBy, "deliveredBy").maxLength(note, 5000, "handoverNote").orThrow();
    }
}
