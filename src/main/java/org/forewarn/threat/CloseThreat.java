package org.forewarn.threat;

import org.forewarn.shared.Violations;

/** Closing a case: why it needs no more action. */
public record CloseThreat(String reason) {

    public CloseThreat {
        Violations.check().notBlank(reason, "reason").maxLength(reason, 5000, "reason").orThrow();
    }
}
