package org.forewarn.warning;

import org.forewarn.shared.Violations;

/** An approver's decision on a drafted warning; APPROVE when no decision is given. */
public record DecideWarning(Decision decision, String note) {

    public enum Decision {
        APPROVE, REJECT
    }

    public DecideWarning {
        decision = decision == null ? Decision.APPROVE : decision;
        Violations.check()
                .maxLength(note, 10_000, "note")
                .require(decision != Decision.REJECT || (note != null && !note.isBlank()), "note",
                        "is required when rejecting: tell the drafter what to change")
                .orThrow();
    }
}
