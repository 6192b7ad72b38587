package org.forewarn.recipient;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

@Table("recipients")
class Recipient extends AbstractAggregateRoot<Recipient> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String name;
    private RecipientKind kind;
    private String country;
    private Relationship relationship;
    private Channels channels;
    private String notes;
    private String createdBy;
    private Instant createdAt;

    Recipient() {
    }

    static Recipient add(AddRecipient c, String createdBy, Instant now) {
        Recipient r = new Recipient();
        r.id = UUID.randomUUID();
        r.name = c.name().strip();
        r.kind = c.kind();
        r.country = c.country();
        r.relationship = c.relationship();
        r.channels = new Channels(c.channels());
        r.notes = c.notes();
        r.createdBy = createdBy;
        r.createdAt = now;
        r.registerEvent(new RecipientAdded(r.id, r.name, r.kind, r.country, r.relationship, r.view().channels()));
        return r;
    }

    RecipientView view() {
        return new RecipientView(id, name, kind, country, relationship,
                channels.items().stream().map(Channel::view).toList(), notes, createdBy, createdAt);
    }

    Optional<Channel> channel(ChannelType type) {
        return channels.items().stream().filter(c -> c.type() == type).findFirst();
    }
}
