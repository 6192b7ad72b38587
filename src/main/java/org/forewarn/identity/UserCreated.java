package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record UserCreated(UUID userId, String username, Set<Role> roles, Clearance clearance, String createdBy)
        implements DomainEvent {

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
