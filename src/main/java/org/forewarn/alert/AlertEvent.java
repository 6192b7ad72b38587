package org.forewarn.alert;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a public alert; its case is the linked threat, if any. */
public interface AlertEvent extends DomainEvent {

    UUID alertId();

    UUID threatId();

    @Override
    default String subjectType() {
        return "PublicAlert";
    }

    @Override
    default UUID subjectId() {
        return alertId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
