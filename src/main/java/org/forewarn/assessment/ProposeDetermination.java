package org.forewarn.assessment;

import org.forewarn.shared.Violations;

/** An analyst's proposed determination for a threat. */
public record ProposeDetermination(Outcome outcome, Boolean credible, Boolean specific, String rationale,
                                   WaiverJustification waiverJustification) {

    public ProposeDetermination {
        Violations.check()
                .notNull(outcome, "outcome")
                .notNull(credible, "credible")
                .notNull(specific, "specific")
                .notBlank(rationale, "rationale")
                .maxLength(rationale, 10_000, "rationale")
                .require(waiverJustification == null || outcome == Outcome.WAIVED, "waiverJustification",
                        "is only for a WAIVED outcome; remove it or change the outcome to WAIVED")
                .orThrow();
    }
}
