package org.forewarn.nds;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * No Double Standard (7 FAM 052.1): once officials are warned of a threat that applies to the
 * public too, the public must be told as well, or an approver must say in writing why not.
 */
@Table("nds_obligations")
class NdsObligation extends AbstractAggregateRoot<NdsObligation> implements Persistable<UUID> {

    @Id
    private UUID threatId;
    @Version
    private Long version;
    private NdsStatus status;
    private Instant openedAt;
    private UUID openedByWarning;
    private String recipientName;
    private Instant satisfiedAt;
    private UUID alertId;
    private String exceptionReason;
    private String exceptionBy;

    NdsObligation() {
    }

    static NdsObligation open(UUID threatId, UUID warningId, String recipientName, Instant now) {
        NdsObligation o = new NdsObligation();
        o.threatId = threatId;
        o.status = NdsStatus.OPEN;
        o.openedAt = now;
        o.openedByWarning = warningId;
        o.recipientName = recipientName;
        o.registerEvent(new NdsObligationOpened(threatId, warningId, recipientName));
        return o;
    }

    void satisfyWith(UUID alert, Instant at) {
        if (status != NdsStatus.OPEN) {
            return;
        }
        status = NdsStatus.SATISFIED_BY_ALERT;
        alertId = alert;
        satisfiedAt = at;
        registerEvent(new NdsObligationSatisfied(threatId, alert, java.time.Duration.between(openedAt, at).toMinutes()));
    }

    void grantException(String reason, Actor approver, Instant now) {
        if (status != NdsStatus.OPEN) {
            throw DomainException.conflict("nds-not-open", "The No-Double-Standard obligation is already "
                    + status + "; there is nothing to grant an exception for.");
        }
        status = NdsStatus.EXCEPTION_GRANTED;
        exceptionReason = reason;
        exceptionBy = approver.username();
        satisfiedAt = now;
        registerEvent(new NdsExceptionGranted(threatId, reason, approver.username()));
    }

    NdsView view(Instant now) {
        Instant until = satisfiedAt != null ? satisfiedAt : now;
        return new NdsView(threatId, status, openedAt, openedByWarning, recipientName, satisfiedAt, alertId,
                exceptionReason, exceptionBy, java.time.Duration.between(openedAt, until));
    }

    boolean isOpen() {
        return status == NdsStatus.OPEN;
    }

    Instant openedAt() {
        return openedAt;
    }

    String recipientName() {
        return recipientName;
    }

    @Override
    public UUID getId() {
        return threatId;
    }

    @Override
    public boolean isNew() {
        return version == null;
    }
}
