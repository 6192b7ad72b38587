package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * An account was created with this (confirmed) access; anything elevated asked for at the same time
 * follows as {@link AccessGrantRequested}.
 *
 * @param passwordChangeRequired whether its first password was chosen by someone else and must be changed
 */
@EventType("UserCreated")
public record UserCreated(UUID userId, String username, Set<Role> roles, Clearance clearance, Set<String> compartments,
                          String createdBy, boolean passwordChangeRequired) implements UserEvent {
}
