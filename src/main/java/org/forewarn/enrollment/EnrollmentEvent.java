package org.forewarn.enrollment;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** A change to the registry. Carries no personal data: only ids and counts. */
public interface EnrollmentEvent extends DomainEvent {

    UUID enrolleeId();

    @Override
    default String subjectType() {
        return "Enrollee";
    }

    @Override
    default UUID subjectId() {
        return enrolleeId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
