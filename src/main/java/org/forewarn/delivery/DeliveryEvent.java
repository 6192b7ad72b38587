package org.forewarn.delivery;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to a delivery. The warning module records the case-level fact (e.g. WarningDelivered) in the same transaction, so deliveries belong to no case themselves. */
public interface DeliveryEvent extends DomainEvent {

    UUID deliveryId();

    @Override
    default String subjectType() {
        return "Delivery";
    }

    @Override
    default UUID subjectId() {
        return deliveryId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
