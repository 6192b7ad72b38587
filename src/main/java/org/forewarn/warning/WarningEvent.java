package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a warning; its case is the threat. */
public interface WarningEvent extends DomainEvent {

    UUID warningId();

    UUID threatId();

    @Override
    default String subjectType() {
        return "Warning";
    }

    @Override
    default UUID subjectId() {
        return warningId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
