package org.forewarn.recipient;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The recipient directory's rules as SQL, for other modules' list queries: the same rule as
 * {@link RecipientView#approvalRequiredToWarn()}, stated once here next to the table it reads.
 */
public final class RecipientConditions {

    private RecipientConditions() {
    }

    /**
     * True where a warning to the recipient whose id is {@code recipientId} (an SQL expression, e.g.
     * {@code w.recipient_id}) needs an approver's sign-off: its relationship is unconfirmed, or is one
     * that needs approval.
     */
    public static String approvalRequiredToWarn(String recipientId) {
        String needing = Arrays.stream(Relationship.values()).filter(Relationship::needsApprovalToWarn)
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
        return "exists (select 1 from recipients r where r.id = " + recipientId
                + " and (r.relationship_confirmed_at is null or r.relationship in (" + needing + ")))";
    }
}
