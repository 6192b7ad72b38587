package org.forewarn.assessment;

import org.forewarn.shared.Violations;

/** An approver's decision on a proposed determination. */
public record DecideDetermination(Decision decision, String note) {

    public DecideDetermination {
        Violations.check()
                .notNull(decision, "decision")
                .maxLength(note, 10_000, "note")
                .require(decision != Decision.REJECT || (note != null && !note.isBlank()), "note",
                        "is required when rejecting: say why, so the analyst can revise")
                .orThrow();
    }
}
