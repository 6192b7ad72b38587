package org.forewarn.delivery;

import java.util.UUID;

import org.forewarn.shared.Violations;

/**
 * A warning published where the recipient fetches it (a TAXII collection), as a delivery that
 * completes when the recipient first retrieves it.
 *
 * @param address the partner account that reads it
 * @param body    what was published (the STIX bundle)
 * @param where   where it was published, for the delivery's history
 */
public record Publication(UUID warningId, UUID recipientId, String address, String subject, String body,
                          String where) {

    public Publication {
        Violations.check().notNull(warningId, "warningId").notNull(recipientId, "recipientId")
                .notBlank(where, "where").orThrow();
    }
}
