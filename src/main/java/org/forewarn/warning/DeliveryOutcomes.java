package org.forewarn.warning;

import org.forewarn.delivery.DeliveryFailed;
import org.forewarn.delivery.DeliverySucceeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a warning when its delivery succeeds or fails, in the same transaction that records the
 * delivery's outcome: the two can never disagree.
 */
@Component
class DeliveryOutcomes {

    private final Warnings warnings;

    DeliveryOutcomes(Warnings warnings) {
        this.warnings = warnings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeliverySucceeded event) {
        warnings.markDelivered(event.warningId(), event.deliveredAt(), event.deliveredBy(), event.reference());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeliveryFailed event) {
        warnings.markDeliveryFailed(event.warningId(), event.reason());
    }
}
