package org.forewarn.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An elevated grant as administrators see it.
 *
 * @param roles        the roles the account is to hold once confirmed (all of them, not only the new ones)
 * @param reasons      why it needs a second ADMIN
 * @param decidedBy    who confirmed, rejected or superseded it
 */
public record AccessGrantView(UUID id, UUID userId, String username, Set<Role> roles, Clearance clearance,
                              Set<String> compartments, List<String> reasons, GrantStatus status, String requestedBy,
                              Instant requestedAt, String decidedBy, Instant decidedAt, String note) {
}
