package org.forewarn.recipient;

import java.util.UUID;

public record RecipientRelationshipChanged(UUID recipientId, String name, Relationship from, Relationship to,
                                           String reason, String changedBy) implements RecipientEvent {
}
