package org.forewarn.review;

import org.forewarn.shared.Violations;

/** @param reason why the action will not be done */
public record CancelCorrectiveAction(String reason) {

    public CancelCorrectiveAction {
        reason = Texts.strip(reason);
        Violations.check().notBlank(reason, "reason").maxLength(reason, 5_000, "reason").orThrow();
    }
}
