package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.shared.Violations;

/** A rating of one cell: how consistent the evidence is with the hypothesis. */
public record RateConsistency(UUID hypothesisId, UUID evidenceId, Consistency rating) {

    public RateConsistency {
        Violations.check().notNull(hypothesisId, "hypothesisId").notNull(evidenceId, "evidenceId")
                .notNull(rating, "rating").orThrow();
    }
}
