package org.forewarn.threat;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a threat, which is its own case. */
public interface ThreatEvent extends DomainEvent {

    UUID threatId();

    @Override
    default String subjectType() {
        return "Threat";
    }

    @Override
    default UUID subjectId() {
        return threatId();
    }

    @Override
    default UUID caseId() {
        return threatId();
    }
}
