package org.forewarn.assessment;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record DeterminationProposed(UUID determinationId, UUID threatId, Outcome outcome, boolean credible,
                                    boolean specific, String rationale, WaiverJustification waiverJustification,
                                    String proposedBy) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Determination";
    }

    @Override
    public UUID subjectId() {
        return determinationId;
    }

    @Override
    public UUID caseId() {
        return threatId;
    }
}
