package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a case's competing hypotheses; its case is the threat. */
public interface AttributionEvent extends DomainEvent {

    UUID threatId();

    @Override
    default UUID caseId() {
        return threatId();
    }
}
