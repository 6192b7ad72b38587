package org.forewarn.recipient;

import org.forewarn.shared.Violations;

/**
 * An approver confirming a recipient's relationship.
 *
 * @param relationship the relationship the approver saw and vouches for; refused if it has changed since
 */
public record ConfirmRelationship(Relationship relationship) {

    public ConfirmRelationship {
        Violations.check().notNull(relationship, "relationship").orThrow();
    }
}
