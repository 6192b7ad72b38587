package org.forewarn.intake;

import org.forewarn.shared.Violations;

/** Why a piece of incoming reporting does not become a threat. */
public record DismissReporting(String reason) {

    public DismissReporting {
        reason = reason == null ? null : reason.strip();
        Violations.check().notBlank(reason, "reason").maxLength(reason, 2000, "reason").orThrow();
    }
}
