package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.EventType;

/** A second administrator confirmed an elevated grant; the account holds it from now on. */
@EventType("AccessGrantConfirmed")
public record AccessGrantConfirmed(UUID userId, String username, UUID grantId, Set<Role> roles, Clearance clearance,
                                   Set<String> compartments, String requestedBy, String confirmedBy)
        implements UserEvent {
}
