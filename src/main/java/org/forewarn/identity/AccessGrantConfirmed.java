package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

/** A second administrator confirmed an elevated grant; the account holds it from now on. */
public record AccessGrantConfirmed(UUID userId, String username, UUID grantId, Set<Role> roles, Clearance clearance,
                                   Set<String> compartments, String requestedBy, String confirmedBy)
        implements UserEvent {
}
