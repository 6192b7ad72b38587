package org.forewarn.assessment;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** @param warnBy the warning deadline, for an approved duty to warn */
public record DeterminationApproved(UUID determinationId, UUID threatId, Outcome outcome,
                                    WaiverJustification waiverJustification, String approvedBy, String note,
                                    Instant warnBy) implements DomainEvent {

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
