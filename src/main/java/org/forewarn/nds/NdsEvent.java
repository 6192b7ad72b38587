package org.forewarn.nds;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a threat's No-Double-Standard obligation. */
public interface NdsEvent extends DomainEvent {

    UUID threatId();

    @Override
    default String subjectType() {
        return "NdsObligation";
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
