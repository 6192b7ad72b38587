package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.Violations;

/**
 * A piece of evidence to weigh against the hypotheses.
 *
 * @param claimId        the claim in the claims ledger this evidence is, if it is one (stored as given)
 * @param classification who may read its text; defaults to UNCLASSIFIED
 */
public record AddEvidence(String text, UUID claimId, Weight credibility, Weight relevance,
                          Clearance classification) {

    public static final int MAX_LENGTH = 4_000;

    public AddEvidence {
        text = text == null ? null : text.strip();
        classification = classification == null ? Clearance.UNCLASSIFIED : classification;
        Violations.check().notBlank(text, "text").maxLength(text, MAX_LENGTH, "text")
                .notNull(credibility, "credibility").notNull(relevance, "relevance").orThrow();
    }
}
