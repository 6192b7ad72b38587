package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("PasswordChanged")
public record PasswordChanged(UUID userId, String username) implements UserEvent {
}
