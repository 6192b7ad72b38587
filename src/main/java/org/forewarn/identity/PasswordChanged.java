package org.forewarn.identity;

import java.util.UUID;

public record PasswordChanged(UUID userId, String username) implements UserEvent {
}
