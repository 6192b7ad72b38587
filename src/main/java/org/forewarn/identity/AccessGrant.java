package org.forewarn.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Access an administrator asked for that the {@link TwoPersonRule} holds back until a second ADMIN
 * confirms it. While pending it has no effect: authorization reads only the account's own access.
 */
@Table("access_grants")
class AccessGrant extends AbstractAggregateRoot<AccessGrant> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID userId;
    private String username;
    private Set<Role> roles;
    private Clearance clearance;
    private Set<String> compartments;
    private List<String> reasons;
    private GrantStatus status;
    private UUID requestedById;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String note;

    AccessGrant() {
    }

    static AccessGrant request(UUID userId, String username, TwoPersonRule.Decision decision, Actor requester,
            Instant now) {
        AccessGrant grant = new AccessGrant();
        grant.id = UUID.randomUUID();
        grant.userId = userId;
        grant.username = username;
        grant.roles = decision.requested().roles();
        grant.clearance = decision.requested().clearance();
        grant.compartments = decision.requested().compartments();
        grant.reasons = decision.reasons();
        grant.status = GrantStatus.PENDING;
        grant.requestedById = requester.id();
        grant.requestedBy = requester.username();
        grant.requestedAt = now;
        grant.registerEvent(new AccessGrantRequested(userId, username, grant.id, grant.roles, grant.clearance,
                grant.compartments, grant.reasons, requester.username()));
        return grant;
    }

    /** A second administrator agrees: the account gets {@link #access()}. */
    void confirm(Actor confirmer, Instant now) {
        guard(GrantStatus.CONFIRMED, "confirmed");
        if (!confirmer.has(Role.ADMIN)) {
            throw DomainException.forbidden("two-person-rule", "Only an ADMIN can confirm an access grant.");
        }
        if (confirmer.id().equals(requestedById)) {
            throw DomainException.forbidden("two-person-rule", "Two-person rule: " + confirmer.username()
                    + " requested this grant and so cannot confirm it. Another ADMIN must confirm it.");
        }
        if (confirmer.id().equals(userId)) {
            throw DomainException.forbidden("two-person-rule", "Two-person rule: nobody confirms a grant of access to "
                    + "themselves. Another ADMIN must confirm it.");
        }
        decide(GrantStatus.CONFIRMED, confirmer.username(), now, null);
        registerEvent(new AccessGrantConfirmed(userId, username, id, roles, clearance, compartments, requestedBy,
                confirmer.username()));
    }

    /** Any administrator may turn a pending grant down (it only withholds access), with a reason. */
    void reject(Actor rejecter, String reason, Instant now) {
        guard(GrantStatus.REJECTED, "rejected");
        decide(GrantStatus.REJECTED, rejecter.username(), now, reason);
        registerEvent(new AccessGrantRejected(userId, username, id, requestedBy, rejecter.username(), reason));
    }

    /** A newer request for the same account replaces this one. */
    void supersede(Actor actor, Instant now) {
        guard(GrantStatus.SUPERSEDED, "superseded");
        decide(GrantStatus.SUPERSEDED, actor.username(), now, "superseded by a newer request");
        registerEvent(new AccessGrantSuperseded(userId, username, id, actor.username()));
    }

    private void decide(GrantStatus target, String by, Instant now, String note) {
        this.status = target;
        this.decidedBy = by;
        this.decidedAt = now;
        this.note = note;
    }

    private void guard(GrantStatus target, String verb) {
        if (!status.canMoveTo(target)) {
            throw DomainException.conflict("illegal-transition", "This grant is " + status + " and cannot be " + verb
                    + " any more; only a PENDING grant can be confirmed, rejected or superseded.");
        }
    }

    Access access() {
        return new Access(roles, clearance, compartments);
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String requestedBy() {
        return requestedBy;
    }

    GrantStatus status() {
        return status;
    }

    AccessGrantView view() {
        return new AccessGrantView(id, userId, username, roles, clearance, compartments, reasons, status, requestedBy,
                requestedAt, decidedBy, decidedAt, note);
    }
}
