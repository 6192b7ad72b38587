package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.Violations;

/**
 * A piece of evidence to weigh against the hypotheses: a claim from the case's ledger, or a fact or
 * reporting the service holds.
 *
 * @param text           what the evidence is; for a claim, the claim as the ledger has it when not given
 * @param claimId        the claim in this case's ledger the evidence is, if it is one
 * @param credibility    how far it can be believed; when not given, read from {@code grading}, else from
 *                       the claim's grade, by {@link GradedCredibility}
 * @param grading        the Admiralty grade of the reporting ("B2"), if it has one
 * @param classification who may read its text; defaults to UNCLASSIFIED
 */
public record AddEvidence(String text, UUID claimId, Weight credibility, String grading, Weight relevance,
                          Clearance classification) {

    public static final int MAX_LENGTH = 4_000;

    public AddEvidence {
        text = text == null || text.isBlank() ? null : text.strip();
        grading = grading == null || grading.isBlank() ? null : grading.strip().toUpperCase(java.util.Locale.ROOT);
        classification = classification == null ? Clearance.UNCLASSIFIED : classification;
        Violations.check()
                .require(text != null || claimId != null, "text", "is required, unless the evidence is a claim "
                        + "(claimId), whose statement it then quotes")
                .maxLength(text, MAX_LENGTH, "text")
                .require(grading == null || GradedCredibility.isGrade(grading), "grading",
                        "must be an Admiralty grade: a letter A-F (source reliability) and a digit 1-6 "
                                + "(information credibility), e.g. B2")
                .require(credibility != null || grading != null || claimId != null, "credibility",
                        "is required: LOW, MEDIUM or HIGH, or give the Admiralty grading it follows from, or the "
                                + "claimId of a graded claim")
                .notNull(relevance, "relevance")
                .orThrow();
    }

    /** Evidence with a stated credibility and no grade, as an analyst types it in the matrix. */
    public static AddEvidence stated(String text, Weight credibility, Weight relevance, Clearance classification) {
        return new AddEvidence(text, null, credibility, null, relevance, classification);
    }
}
