package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a user account; outside any case. */
public interface UserEvent extends DomainEvent {

    UUID userId();

    @Override
    default String subjectType() {
        return "User";
    }

    @Override
    default UUID subjectId() {
        return userId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
