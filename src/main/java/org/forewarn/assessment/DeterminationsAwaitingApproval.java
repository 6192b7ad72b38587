package org.forewarn.assessment;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/** Proposed determinations wait for an approver. */
@Component
class DeterminationsAwaitingApproval implements DueItemSource {

    private final Assessments assessments;

    DeterminationsAwaitingApproval(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return assessments.awaitingApproval().stream().map(d -> new DueItem(DueKind.DETERMINATION_AWAITING_APPROVAL,
                d.outcome() + " proposed by " + d.proposedBy() + " awaits an approver's decision", d.proposedAt(),
                null, false, "/api/v1/determinations/" + d.id() + "/approval", d.threatId(), d.id()))
                .toList();
    }
}
