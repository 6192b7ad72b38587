package org.forewarn.recipient;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("RecipientRelationshipChanged")
public record RecipientRelationshipChanged(UUID recipientId, String name, Relationship from, Relationship to,
                                           String reason, String changedBy) implements RecipientEvent {
}
