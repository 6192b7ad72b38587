package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a corrective action of an improvement plan; its case is the threat. */
public interface CorrectiveActionEvent extends DomainEvent {

    UUID actionId();

    UUID findingId();

    UUID threatId();

    @Override
    default String subjectType() {
        return "CorrectiveAction";
    }

    @Override
    default UUID subjectId() {
        return actionId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
