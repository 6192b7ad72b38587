package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** A disabled account can sign in again, with the access it had. */
@EventType("UserEnabled")
public record UserEnabled(UUID userId, String username, String enabledBy) implements UserEvent {
}
