package org.forewarn.recipient;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a directory entry; outside any case. */
interface RecipientEvent extends DomainEvent {

    UUID recipientId();

    @Override
    default String subjectType() {
        return "Recipient";
    }

    @Override
    default UUID subjectId() {
        return recipientId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
