package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.EventType;

/**
 * Evidence added to the matrix. Auditors read the chain and need not be cleared, so the text and
 * claim and grade of evidence classified above UNCLASSIFIED stay off it: only its label, classification
 * and weights.
 */
@EventType("EvidenceAdded")
public record EvidenceAdded(UUID evidenceId, UUID threatId, String label, Clearance classification,
                            Weight credibility, Weight relevance, String text, UUID claimId, String grading,
                            CredibilityFrom credibilityFrom, String addedBy)
        implements AttributionEvent {

    static EvidenceAdded of(Hypotheses.Evidence e) {
        boolean releasable = e.classification() == Clearance.UNCLASSIFIED;
        return new EvidenceAdded(e.id(), e.threatId(), e.label(), e.classification(), e.credibility(),
                e.relevance(), releasable ? e.text() : null, releasable ? e.claimId() : null,
                releasable ? e.grading() : null, releasable ? e.credibilityFrom() : null, e.addedBy());
    }

    @Override
    public String subjectType() {
        return "Evidence";
    }

    @Override
    public UUID subjectId() {
        return evidenceId;
    }
}
