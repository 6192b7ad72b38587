package org.forewarn.nds;

import org.forewarn.shared.Violations;

/** Why the public will not be warned of this threat, in writing. */
public record GrantNdsException(String reason) {

    public GrantNdsException {
        Violations.check().notBlank(reason, "reason").maxLength(reason, 10_000, "reason").orThrow();
    }
}
