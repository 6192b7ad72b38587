package org.forewarn.recipient;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("RecipientRelationshipConfirmed")
public record RecipientRelationshipConfirmed(UUID recipientId, String name, Relationship relationship,
                                             String confirmedBy) implements RecipientEvent {
}
