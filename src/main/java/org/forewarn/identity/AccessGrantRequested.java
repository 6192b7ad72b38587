package org.forewarn.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.EventType;

/** An administrator asked for elevated access that waits for a second ADMIN; it has no effect yet. */
@EventType("AccessGrantRequested")
public record AccessGrantRequested(UUID userId, String username, UUID grantId, Set<Role> roles, Clearance clearance,
                                   Set<String> compartments, List<String> reasons, String requestedBy)
        implements UserEvent {
}
