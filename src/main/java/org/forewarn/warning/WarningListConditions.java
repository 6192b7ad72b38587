package org.forewarn.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.assessment.Assessments;
import org.forewarn.recipient.RecipientConditions;
import org.forewarn.shared.SqlCondition;
import org.forewarn.threat.ThreatFilter;
import org.forewarn.threat.ThreatListCondition;
import org.springframework.stereotype.Component;

/**
 * What the warning side lets the threat list be narrowed by: a recipient warned on the case, a
 * warning awaiting approval, a warning deadline near or missed with nothing sent yet.
 */
@Component
class WarningListConditions implements ThreatListCondition {

    private final Assessments assessments;

    WarningListConditions(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<SqlCondition> conditions(ThreatFilter filter, Instant now) {
        List<SqlCondition> conditions = new ArrayList<>();
        if (filter.recipient() != null) {
            conditions.add(SqlCondition.of("exists (select 1 from warnings w where w.threat_id = threats.id"
                    + " and w.recipient_id = :warningRecipient)", "warningRecipient", filter.recipient()));
        }
        if (filter.awaitingApproval()) {
            // As Warnings.needsApproval: approval was required when drafted, or the recipient needs it now.
            conditions.add(SqlCondition.of("exists (select 1 from warnings w where w.threat_id = threats.id"
                    + " and w.state = 'DRAFT' and (w.approval_required or "
                    + RecipientConditions.approvalRequiredToWarn("w.recipient_id") + "))"));
        }
        if (filter.deadlineWithin() != null) {
            conditions.add(assessments.dutyDeadlineBy(now.plus(filter.deadlineWithin())).and(SqlCondition.of(
                    "not exists (select 1 from warnings w where w.threat_id = threats.id and w.sent_at is not null)")));
        }
        return conditions;
    }
}
