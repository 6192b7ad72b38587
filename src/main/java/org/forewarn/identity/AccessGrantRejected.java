package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An administrator turned a pending grant down; the account keeps what it had. */
@EventType("AccessGrantRejected")
public record AccessGrantRejected(UUID userId, String username, UUID grantId, String requestedBy, String rejectedBy,
                                  String reason) implements UserEvent {
}
