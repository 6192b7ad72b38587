package org.forewarn.recipient;

import java.util.List;
import java.util.UUID;

public record RecipientAdded(UUID recipientId, String name, RecipientKind kind, String country,
                             Relationship relationship, List<ChannelView> channels) implements RecipientEvent {
}
