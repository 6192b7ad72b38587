package org.forewarn.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.assessment.ApprovedDuty;
import org.forewarn.assessment.Assessments;
import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.forewarn.shared.SqlCondition;
import org.springframework.stereotype.Component;

/**
 * What the warning side owes: warnings not yet sent by their deadline, drafts waiting for an
 * approver or a liaison officer, deliveries that failed, recipients who have not answered.
 */
@Component
class WarningDueItems implements DueItemSource {

    /** No warning on the case has gone out. */
    static final SqlCondition NOTHING_SENT = SqlCondition.of(
            "not exists (select 1 from warnings w where w.threat_id = threats.id and w.sent_at is not null)");

    private final Warnings warnings;
    private final Assessments assessments;

    WarningDueItems(Warnings warnings, Assessments assessments) {
        this.warnings = warnings;
        this.assessments = assessments;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        List<DueItem> items = new ArrayList<>();
        // Only duties whose deadline is near or missed and on which nothing has been sent: a query, not a
        // walk through every duty the office ever had.
        for (ApprovedDuty duty : assessments.dutiesDueBy(now.plus(assessments.deadlineNear()), NOTHING_SENT)) {
            boolean missed = now.isAfter(duty.warnBy());
            boolean near = !missed && !now.plus(assessments.deadlineNear()).isBefore(duty.warnBy());
            if (missed || near) {
                items.add(new DueItem(missed ? DueKind.WARNING_DEADLINE_MISSED : DueKind.WARNING_DEADLINE_NEAR,
                        (missed ? "Warning deadline missed: " : "Warning deadline near: ")
                                + "the duty to warn was approved but no warning has been sent",
                        duty.approvedAt(), duty.warnBy(), missed,
                        "/api/v1/threats/" + duty.threatId() + "/warnings", duty.threatId(), duty.determinationId()));
            }
        }
        for (Warning w : warnings.inStates(WarningState.DRAFT, WarningState.APPROVED, WarningState.FAILED,
                WarningState.DELIVERED, WarningState.NO_RESPONSE, WarningState.ESCALATED)) {
            String link = "/api/v1/warnings/" + w.id();
            String to = " to " + w.recipientName();
            DueItem item = switch (w.state()) {
                case DRAFT -> warnings.needsApproval(w)
                        ? new DueItem(DueKind.WARNING_AWAITING_APPROVAL, "Warning" + to + " ("
                        + w.recipientRelationship() + ") drafted by " + w.draftedBy() + " awaits approval",
                        w.draftedAt(), null, false, link + "/approval", w.threatId(), w.id())
                        : new DueItem(DueKind.WARNING_READY_TO_SEND, "Draft warning" + to + " can be sent",
                        w.draftedAt(), null, false, link + "/send", w.threatId(), w.id());
                case APPROVED -> new DueItem(DueKind.WARNING_READY_TO_SEND, "Approved warning" + to
                        + " awaits sending", w.approvedAt(), null, false, link + "/send", w.threatId(), w.id());
                case FAILED -> new DueItem(DueKind.WARNING_DELIVERY_FAILED, "Delivery" + to + " failed: "
                        + w.failureReason(), w.sentAt(), null, true, link + "/send", w.threatId(), w.id());
                case DELIVERED -> new DueItem(DueKind.WARNING_AWAITING_ACKNOWLEDGMENT, "Warning" + to
                        + " delivered, not yet acknowledged", w.deliveredAt(), w.acknowledgmentDueAt(),
                        w.acknowledgmentDueAt() != null && now.isAfter(w.acknowledgmentDueAt()),
                        link + "/acknowledgment", w.threatId(), w.id());
                case NO_RESPONSE -> new DueItem(DueKind.WARNING_NO_RESPONSE, "No response from " + w.recipientName()
                        + " by " + w.acknowledgmentDueAt() + ": escalate", w.deliveredAt(), w.acknowledgmentDueAt(),
                        true, link + "/escalation", w.threatId(), w.id());
                case ESCALATED -> new DueItem(DueKind.WARNING_ESCALATED_UNANSWERED, "Escalated warning" + to
                        + " still unanswered", w.deliveredAt(), w.acknowledgmentDueAt(), true,
                        link + "/acknowledgment", w.threatId(), w.id());
                default -> null;
            };
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
