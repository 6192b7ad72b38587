package org.forewarn.recipient;

import java.util.UUID;

public record RecipientRelationshipConfirmed(UUID recipientId, String name, Relationship relationship,
                                             String confirmedBy) implements RecipientEvent {
}
