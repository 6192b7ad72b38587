package org.forewarn.review;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.SeparationOfDuties;
import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A releasable statement of what one delivered warning said: a short text that quotes the
 * delivered text exactly, so that anyone holding the warning's signed receipt and the public key
 * can check it. Drafted by one approver, decided by another; its text never changes once drafted
 * (a rejected statement is replaced by a new draft, not edited).
 */
@Table("statements_of_record")
class StatementOfRecord extends AbstractAggregateRoot<StatementOfRecord> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID warningId;
    private UUID threatId;
    private String warningReference;
    private String recipientName;
    private Instant deliveredAt;
    private String text;
    /** The delivered text, exactly as the receipt has it and as {@code text} quotes it. */
    private String quotedText;
    private StatementState state;
    private String draftedBy;
    private Instant draftedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    StatementOfRecord() {
    }

    /** @param delivered what the receipt proves: the warning's reference, recipient, time and text */
    static StatementOfRecord draft(StatementText.Delivered delivered, UUID threatId, String text, String draftedBy,
            Instant now) {
        if (!text.contains(delivered.text())) {
            throw new IllegalArgumentException("a statement of record quotes the delivered text");
        }
        StatementOfRecord s = new StatementOfRecord();
        s.id = UUID.randomUUID();
        s.warningId = delivered.warningId();
        s.threatId = threatId;
        s.warningReference = delivered.reference();
        s.recipientName = delivered.recipientName();
        s.deliveredAt = delivered.deliveredAt();
        s.text = text;
        s.quotedText = delivered.text();
        s.state = StatementState.DRAFT;
        s.draftedBy = draftedBy;
        s.draftedAt = now;
        s.registerEvent(new StatementOfRecordDrafted(s.id, s.warningId, threatId, s.warningReference, text,
                draftedBy));
        return s;
    }

    void approve(Actor approver, String note, Instant now) {
        decide(StatementState.APPROVED, approver, note, now);
        registerEvent(new StatementOfRecordApproved(id, warningId, threatId, approver.username(), note));
    }

    void reject(Actor approver, String note, Instant now) {
        decide(StatementState.REJECTED, approver, note, now);
        registerEvent(new StatementOfRecordRejected(id, warningId, threatId, approver.username(), note));
    }

    private void decide(StatementState target, Actor approver, String note, Instant now) {
        if (!state.canMoveTo(target)) {
            throw DomainException.conflict("statement-already-decided", "This statement of record was already "
                    + state.name().toLowerCase() + " by " + decidedBy + " at " + decidedAt + "; a "
                    + state.name().toLowerCase() + " statement cannot be " + target.name().toLowerCase()
                    + ". Draft a new statement to say something else.");
        }
        SeparationOfDuties.requireSomeoneElse(draftedBy, approver, "this statement of record",
                target == StatementState.APPROVED ? "approve" : "reject");
        state = target;
        decidedBy = approver.username();
        decidedAt = now;
        decisionNote = note;
    }

    UUID id() {
        return id;
    }

    UUID warningId() {
        return warningId;
    }

    UUID threatId() {
        return threatId;
    }

    String warningReference() {
        return warningReference;
    }

    String recipientName() {
        return recipientName;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String text() {
        return text;
    }

    String quotedText() {
        return quotedText;
    }

    StatementState state() {
        return state;
    }

    String draftedBy() {
        return draftedBy;
    }

    Instant draftedAt() {
        return draftedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionNote() {
        return decisionNote;
    }
}
