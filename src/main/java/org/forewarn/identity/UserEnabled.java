package org.forewarn.identity;

import java.util.UUID;

/** A disabled account can sign in again, with the access it had. */
public record UserEnabled(UUID userId, String username, String enabledBy) implements UserEvent {
}
