package org.forewarn.recipient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public record RecipientView(UUID id, String name, RecipientKind kind, String country, Relationship relationship,
                            List<ChannelView> channels, String notes, String createdBy, Instant createdAt) {

    public Optional<ChannelView> channel(ChannelType type) {
        return channels.stream().filter(c -> c.type() == type).findFirst();
    }
}
