package org.forewarn.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.DomainException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The delivery module's front door. */
@Service
@EnableConfigurationProperties(DeliveryProperties.class)
public class Deliveries {

    private final DeliveryRecords records;
    private final DeliveryWorker worker;
    private final Clock clock;

    Deliveries(DeliveryRecords records, DeliveryWorker worker, Clock clock) {
        this.records = records;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Queues the warning for delivery in the caller's transaction; the worker starts on it as soon
     * as that transaction commits. Sending again after a failure re-arms the same delivery (same
     * idempotency key); a delivered warning is never delivered again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeliveryView dispatch(Dispatch dispatch) {
        Optional<Delivery> existing = records.findByWarningIdAndChannelType(dispatch.warningId(), dispatch.channel());
        Delivery delivery;
        if (existing.isPresent()) {
            delivery = existing.get();
            delivery.rearm(clock.instant());
        } else {
            delivery = Delivery.dispatch(dispatch, clock.instant());
        }
        delivery = records.save(delivery);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
        return delivery.view();
    }

    /** Records a liaison hand-over, which is a delivery the moment it is recorded. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeliveryView recordHandover(Handover handover) {
        if (records.findByWarningIdAndChannelType(handover.warningId(), ChannelType.LIAISON)
                .filter(d -> d.status() == DeliveryStatus.DELIVERED).isPresent()) {
            throw DomainException.conflict("already-delivered", "This warning was already handed over.");
        }
        return records.save(Delivery.handover(handover, clock.instant())).view();
    }

    /**
     * Records a warning published where the recipient fetches it; publishing again (after a new
     * version) keeps the one delivery.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeliveryView recordPublication(Publication publication) {
        return records.findByWarningIdAndChannelType(publication.warningId(), ChannelType.TAXII)
                .orElseGet(() -> records.save(Delivery.publication(publication, clock.instant()))).view();
    }

    /**
     * The recipient retrieved a published warning: it is delivered, with its event and receipt. Only
     * the first retrieval counts; later ones change nothing.
     *
     * @return whether this was the first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordPickup(UUID warningId, java.time.Instant at, String by, String reference) {
        Optional<Delivery> published = records.findByWarningIdAndChannelType(warningId, ChannelType.TAXII)
                .filter(d -> d.status() == DeliveryStatus.AWAITING_PICKUP);
        published.ifPresent(d -> {
            d.pickedUp(at, by, reference);
            records.save(d);
        });
        return published.isPresent();
    }

    public List<DeliveryView> forWarning(UUID warningId) {
        return records.findByWarningIdOrderByCreatedAt(warningId).stream().map(Delivery::view).toList();
    }

    /** The key every attempt for this warning on this channel carries. */
    public static String idempotencyKey(UUID warningId, ChannelType channel) {
        return IdempotencyKeys.forWarning(warningId, channel);
    }
}
