package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a statement of record; its case is the threat. */
public interface StatementOfRecordEvent extends DomainEvent {

    UUID statementId();

    UUID warningId();

    UUID threatId();

    @Override
    default String subjectType() {
        return "StatementOfRecord";
    }

    @Override
    default UUID subjectId() {
        return statementId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
