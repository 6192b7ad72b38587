package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An account can no longer sign in; its console sessions end with their next request. */
@EventType("UserDisabled")
public record UserDisabled(UUID userId, String username, String disabledBy) implements UserEvent {
}
