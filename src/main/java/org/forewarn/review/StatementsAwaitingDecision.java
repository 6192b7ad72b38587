package org.forewarn.review;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/** A drafted statement of record waits for a second approver: it is on the approvers' due queue. */
@Component
class StatementsAwaitingDecision implements DueItemSource {

    private final StatementRecords records;

    StatementsAwaitingDecision(StatementRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return records.findByStateOrderByDraftedAt(StatementState.DRAFT).stream()
                .map(s -> new DueItem(DueKind.STATEMENT_AWAITING_APPROVAL, "Statement of record on warning "
                        + s.warningReference() + " to " + s.recipientName() + ", drafted by " + s.draftedBy()
                        + ", awaits a second approver", s.draftedAt(), null, false,
                        "/api/v1/statements/" + s.id(), s.threatId(), s.warningId()))
                .toList();
    }
}
