package org.forewarn.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.SeparationOfDuties;
import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** Whether a threat gives rise to a duty to warn, as proposed and then decided. */
@Table("determinations")
class Determination extends AbstractAggregateRoot<Determination> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID threatId;
    private Outcome outcome;
    private boolean credible;
    private boolean specific;
    private String rationale;
    private WaiverJustification waiverJustification;
    private DeterminationState state;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private Instant warnBy;

    Determination() {
    }

    static Determination propose(UUID threatId, ProposeDetermination p, String proposedBy, Instant now) {
        Determination d = new Determination();
        d.id = UUID.randomUUID();
        d.threatId = threatId;
        d.outcome = p.outcome();
        d.credible = p.credible();
        d.specific = p.specific();
        d.rationale = p.rationale().strip();
        d.waiverJustification = p.waiverJustification();
        d.state = DeterminationState.PROPOSED;
        d.proposedBy = proposedBy;
        d.proposedAt = now;
        d.registerEvent(new DeterminationProposed(d.id, threatId, d.outcome, d.credible, d.specific, d.rationale,
                d.waiverJustification, proposedBy));
        return d;
    }

    void decide(DecideDetermination decision, Actor approver, Instant now, Duration warningDeadline) {
        if (state != DeterminationState.PROPOSED) {
            throw DomainException.conflict("determination-already-decided", "This determination was already "
                    + state.name().toLowerCase() + " by " + decidedBy + " at " + decidedAt
                    + "; propose a new one to change the outcome.");
        }
        SeparationOfDuties.requireSomeoneElse(proposedBy, approver, "this determination");
        decidedBy = approver.username();
        decidedAt = now;
        decisionNote = decision.note();
        if (decision.decision() == Decision.APPROVE) {
            state = DeterminationState.APPROVED;
            if (outcome == Outcome.DUTY_TO_WARN) {
                warnBy = now.plus(warningDeadline);
            }
            registerEvent(new DeterminationApproved(id, threatId, outcome, waiverJustification, decidedBy,
                    decisionNote, warnBy));
        } else {
            state = DeterminationState.REJECTED;
            registerEvent(new DeterminationRejected(id, threatId, outcome, decidedBy, decisionNote));
        }
    }

    DeterminationView view() {
        return new DeterminationView(id, threatId, outcome, credible, specific, rationale, waiverJustification,
                waiverJustification != null ? waiverJustification.meaning() : null, state, proposedBy, proposedAt,
                decidedBy, decidedAt, decisionNote, warnBy);
    }

    UUID id() {
        return id;
    }

    UUID threatId() {
        return threatId;
    }

    Outcome outcome() {
        return outcome;
    }

    DeterminationState state() {
        return state;
    }

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Instant warnBy() {
        return warnBy;
    }
}
