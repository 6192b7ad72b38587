package org.forewarn.taxii;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened in a recipient's TAXII collection; outside any case. */
interface TaxiiEvent extends DomainEvent {

    UUID collectionId();

    @Override
    default String subjectType() {
        return "TaxiiCollection";
    }

    @Override
    default UUID subjectId() {
        return collectionId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
