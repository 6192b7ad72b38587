package org.forewarn.assessment;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a determination; its case is the threat. */
public interface DeterminationEvent extends DomainEvent {

    UUID determinationId();

    UUID threatId();

    @Override
    default String subjectType() {
        return "Determination";
    }

    @Override
    default UUID subjectId() {
        return determinationId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
