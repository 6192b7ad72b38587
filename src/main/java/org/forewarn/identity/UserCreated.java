package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

public record UserCreated(UUID userId, String username, Set<Role> roles, Clearance clearance, String createdBy)
        implements UserEvent {
}
