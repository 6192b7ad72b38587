package org.forewarn.recipient;

import org.forewarn.shared.Violations;

/** Setting a recipient's relationship anew; it must then be confirmed again by an approver. */
public record ChangeRelationship(Relationship relationship, String reason) {

    public ChangeRelationship {
        Violations.check()
                .notNull(relationship, "relationship")
                .notBlank(reason, "reason")
                .maxLength(reason, 2000, "reason")
                .orThrow();
    }
}
