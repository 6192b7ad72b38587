package org.forewarn.recipient;

import java.util.List;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("RecipientAdded")
public record RecipientAdded(UUID recipientId, String name, RecipientKind kind, String country,
                             Relationship relationship, List<ChannelView> channels) implements RecipientEvent {
}
