package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to an after-action finding; its case is the threat. */
public interface FindingEvent extends DomainEvent {

    UUID findingId();

    UUID threatId();

    @Override
    default String subjectType() {
        return "Finding";
    }

    @Override
    default UUID subjectId() {
        return findingId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
