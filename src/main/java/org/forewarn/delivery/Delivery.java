package org.forewarn.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.RetryPolicy;
import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One warning on one channel. The idempotency key is fixed when the delivery is created and sent
 * with every attempt, so a recipient can drop a message it already has.
 */
@Table("deliveries")
class Delivery extends AbstractAggregateRoot<Delivery> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID warningId;
    private UUID recipientId;
    private ChannelType channelType;
    private String address;
    private String idempotencyKey;
    private String subject;
    private String body;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private String lastError;
    private Instant deliveredAt;
    private String providerReference;
    private Instant createdAt;
    @MappedCollection(idColumn = "delivery_id", keyColumn = "position")
    private List<DeliveryAttempt> history = new ArrayList<>();

    Delivery() {
    }

    static Delivery dispatch(Dispatch d, Instant now) {
        Delivery delivery = create(d.warningId(), d.recipientId(), d.channel(), d.address(), d.subject(),
                d.json() != null && d.channel() == ChannelType.WEBHOOK ? d.json() : d.body(), now);
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    static Delivery handover(Handover h, Instant now) {
        Delivery delivery = create(h.warningId(), h.recipientId(), ChannelType.LIAISON, h.address(),
                h.subject() != null ? h.subject() : "Liaison hand-over", h.body() != null ? h.body() : "", now);
        Instant at = h.handedOverAt() != null ? h.handedOverAt() : now;
        delivery.attempts = 1;
        delivery.history.add(new DeliveryAttempt(at, now, "DELIVERED", "Handed over by " + h.deliveredBy()
                + (h.note() != null ? ": " + h.note() : "")));
        delivery.succeed(at, h.note(), h.deliveredBy());
        return delivery;
    }

    /** A warning published where the recipient reads it: delivered once the recipient first does. */
    static Delivery publication(Publication p, Instant now) {
        Delivery delivery = create(p.warningId(), p.recipientId(), ChannelType.TAXII, p.address(), p.subject(),
                p.body(), now);
        delivery.status = DeliveryStatus.AWAITING_PICKUP;
        delivery.attempts = 1;
        delivery.history.add(new DeliveryAttempt(now, now, "AWAITING_PICKUP", p.where()));
        return delivery;
    }

    /** The recipient retrieved it: a delivery, with the same event and receipt as any other. */
    void pickedUp(Instant at, String by, String reference) {
        history.add(new DeliveryAttempt(at, at, "DELIVERED", "Retrieved by " + by));
        succeed(at, reference, by);
    }

    private static Delivery create(UUID warningId, UUID recipientId, ChannelType channel, String address,
            String subject, String body, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.warningId = warningId;
        d.recipientId = recipientId;
        d.channelType = channel;
        d.address = address != null ? address : "";
        d.idempotencyKey = IdempotencyKeys.forWarning(warningId, channel);
        d.subject = subject;
        d.body = body;
        d.createdAt = now;
        return d;
    }

    /** Sending again after delivery failed: a fresh round of attempts under the same key. */
    void rearm(Instant now) {
        if (status == DeliveryStatus.DELIVERED) {
            throw DomainException.conflict("already-delivered", "This warning was already delivered on "
                    + channelType + " at " + deliveredAt + "; it is never delivered twice.");
        }
        if (status != DeliveryStatus.FAILED) {
            throw DomainException.conflict("delivery-in-progress", "Delivery on " + channelType
                    + " is still in progress (" + status + ").");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
    }

    void record(Outcome outcome, Instant startedAt, Instant now, RetryPolicy policy) {
        if (status != DeliveryStatus.IN_FLIGHT) {
            // Someone else finished it while our lease ran out; their result stands.
            return;
        }
        history.add(new DeliveryAttempt(startedAt, now, outcome.result().name(), outcome.detail()));
        leaseUntil = null;
        switch (outcome.result()) {
            // An SMTP relay or SMS gateway taking a warning is as far as a machine can see: the
            // recipient's acknowledgment, not the channel, says it was read.
            case DELIVERED, ACCEPTED -> succeed(now, outcome.detail(), "system");
            case RETRY -> {
                lastError = outcome.detail();
                if (policy.exhausted(attempts)) {
                    fail("Gave up after " + attempts + " attempts; last error: " + outcome.detail());
                } else {
                    status = DeliveryStatus.PENDING;
                    nextAttemptAt = now.plus(policy.delayAfter(attempts));
                    registerEvent(new DeliveryAttemptFailed(id, warningId, channelType, attempts, outcome.detail(),
                            nextAttemptAt));
                }
            }
            case REFUSED -> fail("Refused: " + outcome.detail());
        }
    }

    private void succeed(Instant at, String reference, String by) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        providerReference = reference;
        nextAttemptAt = null;
        lastError = null;
        registerEvent(new DeliverySucceeded(id, warningId, channelType, idempotencyKey, at, by, reference, attempts));
    }

    private void fail(String reason) {
        status = DeliveryStatus.FAILED;
        lastError = reason;
        nextAttemptAt = null;
        registerEvent(new DeliveryFailed(id, warningId, channelType, idempotencyKey, reason, attempts));
    }

    DeliveryView view() {
        List<DeliveryView.AttemptView> attemptsMade = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            DeliveryAttempt a = history.get(i);
            attemptsMade.add(new DeliveryView.AttemptView(i + 1, a.startedAt(), a.finishedAt(), a.outcome(),
                    a.detail()));
        }
        return new DeliveryView(id, warningId, channelType, address, idempotencyKey, status, attempts, nextAttemptAt,
                lastError, deliveredAt, providerReference, attemptsMade);
    }

    UUID id() {
        return id;
    }

    UUID warningId() {
        return warningId;
    }

    UUID recipientId() {
        return recipientId;
    }

    ChannelType channelType() {
        return channelType;
    }

    String address() {
        return address;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }
}
