package org.forewarn.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.SeparationOfDuties;
import org.forewarn.shared.ChannelType;
import org.forewarn.recipient.Relationship;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A warning to one recipient over one channel. The text and facets are fixed once drafted: what
 * was approved is what is sent, and what is sent is what the receipt proves.
 */
@Table("warnings")
class Warning extends AbstractAggregateRoot<Warning> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID threatId;
    private UUID recipientId;
    private String recipientName;
    private Relationship recipientRelationship;
    /** Whether an approver must sign it off before it is sent, as the recipient stood when it was drafted. */
    private boolean approvalRequired;
    private ChannelType channelType;
    private String channelAddress;
    private String releasableText;
    private Facets facets;
    private int specificity;
    private WarningState state;
    private String draftedBy;
    private Instant draftedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String approvalNote;
    private String sentBy;
    private Instant sentAt;
    /** When the send (or the hand-over) was recorded; differs from sentAt when a hand-over is recorded late. */
    private Instant sentRecordedAt;
    private Instant deliveredAt;
    private String deliveredBy;
    private String deliveryReference;
    private String handoverNote;
    private Instant acknowledgmentDueAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private String responseText;
    private String failureReason;
    private Instant noResponseAt;
    private Instant escalatedAt;
    private String escalatedBy;
    private String escalationNote;
    @MappedCollection(idColumn = "warning_id", keyColumn = "position")
    private List<WarningResponse> responses = new ArrayList<>();

    Warning() {
    }

    static Warning draft(UUID threatId, DraftWarning d, String recipientName, Relationship relationship,
            boolean approvalRequired, String channelAddress, String draftedBy, Instant now) {
        Warning w = new Warning();
        w.id = UUID.randomUUID();
        w.threatId = threatId;
        w.recipientId = d.recipientId();
        w.recipientName = recipientName;
        w.recipientRelationship = relationship;
        w.approvalRequired = approvalRequired;
        w.channelType = d.channel();
        w.channelAddress = channelAddress;
        w.releasableText = d.releasableText();
        w.facets = d.facets();
        w.specificity = SpecificityScore.of(d.facets()).score();
        w.state = WarningState.DRAFT;
        w.draftedBy = draftedBy;
        w.draftedAt = now;
        // Why facets are withheld describes what is protected: it stays on the warning, for cleared
        // readers, and out of the audit chain, which uncleared auditors read.
        w.registerEvent(new WarningDrafted(w.id, threatId, w.recipientId, recipientName, relationship.name(),
                approvalRequired, w.channelType.name(), w.releasableText, w.facets.statuses(), w.specificity,
                draftedBy));
        return w;
    }

    void decide(DecideWarning decision, Actor approver, Instant now) {
        WarningState target = decision.decision() == DecideWarning.Decision.APPROVE ? WarningState.APPROVED
                : WarningState.REJECTED;
        guard(target, decision.decision() == DecideWarning.Decision.APPROVE ? "approved" : "rejected");
        SeparationOfDuties.requireSomeoneElse(draftedBy, approver, "this warning");
        state = target;
        approvedBy = approver.username();
        approvedAt = now;
        approvalNote = decision.note();
        if (target == WarningState.APPROVED) {
            registerEvent(new WarningApproved(id, threatId, approver.username(), decision.note()));
        } else {
            registerEvent(new WarningRejected(id, threatId, approver.username(), decision.note()));
        }
    }

    /**
     * @param sentAt                   when it went (for a liaison hand-over, when it was handed over)
     * @param recipientNeedsApprovalNow whether the recipient, as it stands now, needs approval to be warned
     *                                 (its relationship may have changed or lost its confirmation since drafting)
     */
    void send(Actor sender, String idempotencyKey, Instant sentAt, Instant now, boolean recipientNeedsApprovalNow) {
        if (mustBeApprovedBeforeSending(recipientNeedsApprovalNow)) {
            throw DomainException.conflict("approval-required", "Warnings to " + recipientName + " ("
                    + recipientRelationship + (approvalRequired ? "" : "; its relationship is not confirmed as it "
                    + "stands now") + ") must be approved before they are sent. Ask an approver to approve warning "
                    + id + " first.");
        }
        guard(WarningState.SENT, "sent");
        SeparationOfDuties.requireSomeoneElse(draftedBy, sender, "this warning", "send");
        Instant earliest = approvedAt != null ? approvedAt : draftedAt;
        if (sentAt.isBefore(earliest)) {
            throw InvalidInput.of("handedOverAt", "(" + sentAt + ") is before the warning was "
                    + (approvedAt != null ? "approved" : "drafted") + " (" + earliest + "); it cannot have been "
                    + "handed over before that. Give the time it was actually handed over.");
        }
        state = WarningState.SENT;
        sentBy = sender.username();
        this.sentAt = sentAt;
        sentRecordedAt = now;
        failureReason = null;
        registerEvent(new WarningSent(id, threatId, recipientId, recipientName, channelType.name(), sender.username(),
                idempotencyKey, sentAt, now));
    }

    void delivered(Instant at, String by, String reference, String note, Duration acknowledgmentTimeout) {
        if (state.delivered()) {
            return; // the same delivery reported twice: nothing new happened
        }
        guard(WarningState.DELIVERED, "marked delivered");
        state = WarningState.DELIVERED;
        deliveredAt = at;
        deliveredBy = by;
        deliveryReference = reference;
        handoverNote = note;
        acknowledgmentDueAt = at.plus(acknowledgmentTimeout);
        registerEvent(new WarningDelivered(id, threatId, recipientId, recipientName, channelType.name(), sentAt, at, by,
                reference));
    }

    void deliveryFailed(String reason) {
        guard(WarningState.FAILED, "marked failed");
        state = WarningState.FAILED;
        failureReason = reason;
        registerEvent(new WarningDeliveryFailed(id, threatId, channelType.name(), reason));
    }

    void acknowledge(AcknowledgeWarning ack, Actor recorder, Instant now) {
        guard(WarningState.ACKNOWLEDGED, "acknowledged");
        requireAfterSending(ack.receivedAt(), "receivedAt");
        state = WarningState.ACKNOWLEDGED;
        acknowledgedAt = ack.receivedAt();
        acknowledgedBy = recorder.username();
        responseText = ack.response();
        responses.add(new WarningResponse(ResponseKind.ACKNOWLEDGMENT, ack.receivedAt(),
                ack.response() != null ? ack.response() : "Receipt acknowledged", null, recorder.username(), now));
        registerEvent(new WarningAcknowledged(id, threatId, ack.receivedAt(), ack.response(), recorder.username()));
    }

    void recordResponse(RecordResponse response, Actor recorder, Instant now) {
        if (sentAt == null) {
            throw DomainException.conflict("not-sent", "The warning has not been sent, so there is nothing to respond "
                    + "to yet.");
        }
        requireAfterSending(response.receivedAt(), "receivedAt");
        responses.add(new WarningResponse(response.kind(), response.receivedAt(), response.text(), response.source(),
                recorder.username(), now));
        registerEvent(new WarningResponseRecorded(id, threatId, response.kind(), response.receivedAt(), response.text(),
                response.source(), recorder.username()));
    }

    boolean unansweredBy(Instant now) {
        return state == WarningState.DELIVERED && acknowledgmentDueAt != null && acknowledgmentDueAt.isBefore(now);
    }

    void markUnanswered(Instant now) {
        guard(WarningState.NO_RESPONSE, "marked as unanswered");
        state = WarningState.NO_RESPONSE;
        noResponseAt = now;
        registerEvent(new WarningUnanswered(id, threatId, deliveredAt, acknowledgmentDueAt));
    }

    void escalate(EscalateWarning escalation, Actor actor, Instant now) {
        guard(WarningState.ESCALATED, "escalated");
        state = WarningState.ESCALATED;
        escalatedAt = now;
        escalatedBy = actor.username();
        escalationNote = escalation.note();
        registerEvent(new WarningEscalated(id, threatId, actor.username(), escalation.note()));
    }

    /**
     * What a person can do next: what the state table allows, less sending a draft that must be approved first.
     *
     * @param recipientNeedsApprovalNow whether the recipient, as it stands now, needs approval to be warned
     */
    List<NextAction> nextActions(boolean recipientNeedsApprovalNow) {
        Set<NextAction> actions = state.actions();
        if (mustBeApprovedBeforeSending(recipientNeedsApprovalNow)) {
            actions.remove(NextAction.SEND);
        }
        return List.copyOf(actions);
    }

    private boolean mustBeApprovedBeforeSending(boolean recipientNeedsApprovalNow) {
        return state == WarningState.DRAFT && (approvalRequired || recipientNeedsApprovalNow);
    }

    private void guard(WarningState target, String verb) {
        if (!state.canMoveTo(target)) {
            String next = state.next().isEmpty() ? "nothing further" : state.next().toString();
            throw DomainException.conflict("illegal-transition", "A warning that is " + state + " cannot be " + verb
                    + "; from " + state + " it can only move to " + next + ".");
        }
    }

    private void requireAfterSending(Instant at, String field) {
        if (sentAt != null && at.isBefore(sentAt)) {
            throw DomainException.ruleViolation("before-sent", field + " (" + at + ") is before the warning was sent ("
                    + sentAt + ").");
        }
    }

    UUID id() {
        return id;
    }

    UUID threatId() {
        return threatId;
    }

    UUID recipientId() {
        return recipientId;
    }

    String recipientName() {
        return recipientName;
    }

    boolean approvalRequired() {
        return approvalRequired;
    }

    Instant sentRecordedAt() {
        return sentRecordedAt;
    }

    Relationship recipientRelationship() {
        return recipientRelationship;
    }

    ChannelType channelType() {
        return channelType;
    }

    String channelAddress() {
        return channelAddress;
    }

    String releasableText() {
        return releasableText;
    }

    Facets facets() {
        return facets;
    }

    int specificity() {
        return specificity;
    }

    WarningState state() {
        return state;
    }

    String draftedBy() {
        return draftedBy;
    }

    Instant draftedAt() {
        return draftedAt;
    }

    String approvedBy() {
        return approvedBy;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    String approvalNote() {
        return approvalNote;
    }

    String sentBy() {
        return sentBy;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String deliveredBy() {
        return deliveredBy;
    }

    String deliveryReference() {
        return deliveryReference;
    }

    String handoverNote() {
        return handoverNote;
    }

    Instant acknowledgmentDueAt() {
        return acknowledgmentDueAt;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    String acknowledgedBy() {
        return acknowledgedBy;
    }

    String responseText() {
        return responseText;
    }

    String failureReason() {
        return failureReason;
    }

    Instant noResponseAt() {
        return noResponseAt;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    String escalatedBy() {
        return escalatedBy;
    }

    String escalationNote() {
        return escalationNote;
    }

    List<WarningResponse> responses() {
        return List.copyOf(responses);
    }
}
