package org.forewarn.assessment;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record DeterminationRejected(UUID determinationId, UUID threatId, Outcome outcome, String rejectedBy,
                                    String note) implements DomainEvent {

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
