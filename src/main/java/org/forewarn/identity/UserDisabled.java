package org.forewarn.identity;

import java.util.UUID;

/** An account can no longer sign in; its console sessions end with their next request. */
public record UserDisabled(UUID userId, String username, String disabledBy) implements UserEvent {
}
