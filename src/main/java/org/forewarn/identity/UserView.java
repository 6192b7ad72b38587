package org.forewarn.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as shown to administrators and to themselves; never includes the password hash. */
public record UserView(UUID id, String username, String displayName, Set<Role> roles, Clearance clearance,
                       Set<String> compartments, boolean enabled, Instant createdAt) {
}
