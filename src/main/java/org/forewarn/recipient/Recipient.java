package org.forewarn.recipient;

import org.forewarn.shared.ChannelType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.SeparationOfDuties;
import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who can be warned. Its relationship (ally ... adversary) decides whether a warning to it
 * needs an approver's sign-off, so the relationship counts only once an approver other than
 * whoever set it has confirmed it; an unconfirmed recipient is warned only with approval, whatever
 * its relationship says.
 */
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
    private String relationshipSetBy;
    private Instant relationshipSetAt;
    private String relationshipConfirmedBy;
    private Instant relationshipConfirmedAt;

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
        r.relationshipSetBy = createdBy;
        r.relationshipSetAt = now;
        r.registerEvent(new RecipientAdded(r.id, r.name, r.kind, r.country, r.relationship, r.view().channels()));
        return r;
    }

    /** An approver vouches for the relationship as set; from now on it decides whether approval is needed. */
    void confirmRelationship(Relationship expected, Actor approver, Instant now) {
        if (expected != relationship) {
            throw DomainException.conflict("relationship-changed", "The relationship of " + name + " is now "
                    + relationship + ", not " + expected + ". Check it again before confirming.");
        }
        if (relationshipConfirmedAt != null) {
            throw DomainException.conflict("relationship-confirmed", "The relationship of " + name + " ("
                    + relationship + ") was already confirmed by " + relationshipConfirmedBy + " at "
                    + relationshipConfirmedAt + ".");
        }
        SeparationOfDuties.requireSomeoneElse(relationshipSetBy, approver, "the relationship of " + name);
        relationshipConfirmedBy = approver.username();
        relationshipConfirmedAt = now;
        registerEvent(new RecipientRelationshipConfirmed(id, name, relationship, approver.username()));
    }

    /** A new relationship is unconfirmed until an approver confirms it again. */
    void changeRelationship(ChangeRelationship change, String by, Instant now) {
        if (change.relationship() == relationship) {
            throw DomainException.conflict("relationship-unchanged", name + " is already " + relationship + ".");
        }
        Relationship previous = relationship;
        relationship = change.relationship();
        relationshipSetBy = by;
        relationshipSetAt = now;
        relationshipConfirmedBy = null;
        relationshipConfirmedAt = null;
        registerEvent(new RecipientRelationshipChanged(id, name, previous, relationship, change.reason(), by));
    }

    UUID id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean relationshipConfirmed() {
        return relationshipConfirmedAt != null;
    }

    RecipientView view() {
        return new RecipientView(id, name, kind, country, relationship,
                channels.items().stream().map(Channel::view).toList(), notes, createdBy, createdAt,
                relationshipSetBy, relationshipSetAt, relationshipConfirmedBy, relationshipConfirmedAt,
                !relationshipConfirmed() || relationship.needsApprovalToWarn());
    }

    Optional<Channel> channel(ChannelType type) {
        return channels.items().stream().filter(c -> c.type() == type).findFirst();
    }
}
