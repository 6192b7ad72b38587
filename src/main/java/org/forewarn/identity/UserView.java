package org.forewarn.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user as shown to administrators and to themselves; never includes the password hash.
 *
 * @param roles                  the confirmed roles (likewise clearance and compartments): what the account may do now
 * @param passwordChangeRequired whether the account must choose its own password before anything else
 * @param pendingGrant           elevated access waiting for a second ADMIN, if any; it has no effect yet
 * @param recipientId            the recipient a PARTNER account speaks for; {@code null} for staff
 * @param issuer                 the identity provider this person signs in through; {@code null} for a local
 *                               account (with a password here)
 */
public record UserView(UUID id, String username, String displayName, Set<Role> roles, Clearance clearance,
                       Set<String> compartments, boolean enabled, boolean passwordChangeRequired, Instant createdAt,
                       String createdBy, AccessGrantView pendingGrant, UUID recipientId,
                       String issuer) {
}
