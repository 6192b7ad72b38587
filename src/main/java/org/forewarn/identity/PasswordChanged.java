package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record PasswordChanged(UUID userId, String username) implements DomainEvent {

    @Override
    public String subjectType() {
        return "User";
    }

    @Override
    public UUID subjectId() {
        return userId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
