package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.EventType;

/**
 * Evidence added to the matrix. Auditors read the chain and need not be cleared, so the text and
 * claim of evidence classified above UNCLASSIFIED stay off it: only its label and classification.
 */
@EventType("EvidenceAdded")
public record EvidenceAdded(UUID evidenceId, UUID threatId, String label, Clearance classification,
                            Weight credibility, Weight relevance, String text, UUID claimId, String addedBy)
        implements AttributionEvent {

    static EvidenceAdded of(UUID evidenceId, UUID threatId, String label, AddEvidence evidence, String addedBy) {
        boolean releasable = evidence.classification() == Clearance.UNCLASSIFIED;
        return new EvidenceAdded(evidenceId, threatId, label, evidence.classification(), evidence.credibility(),
                evidence.relevance(), releasable ? evidence.text() : null, releasable ? evidence.claimId() : null,
                addedBy);
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
