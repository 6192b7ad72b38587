package org.forewarn.identity;

import org.forewarn.shared.Violations;

/** Why a pending grant is turned down; recorded on the audit chain. */
public record GrantRejection(String reason) {

    public GrantRejection {
        Violations.check().notBlank(reason, "reason").maxLength(reason, 1000, "reason").orThrow();
    }
}
