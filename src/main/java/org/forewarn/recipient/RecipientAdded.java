package org.forewarn.recipient;

import java.util.List;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record RecipientAdded(UUID recipientId, String name, RecipientKind kind, String country,
                             Relationship relationship, List<ChannelView> channels) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Recipient";
    }

    @Override
    public UUID subjectId() {
        return recipientId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
