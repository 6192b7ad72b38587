package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * An account was created with this (confirmed) access; anything elevated asked for at the same time
 * follows as {@link AccessGrantRequested}.
 *
 * @param passwordChangeRequired whether its first password was chosen by someone else and must be changed
 * @param recipientId            the recipient a PARTNER account speaks for; {@code null} for staff
 */
@EventType("UserCreated")
public record UserCreated(UUID userId, String username, Set<Role> roles, Clearance clearance, Set<String> compartments,
                          String createdBy, boolean passwordChangeRequired, UUID recipientId)
        implements UserEvent {
}
