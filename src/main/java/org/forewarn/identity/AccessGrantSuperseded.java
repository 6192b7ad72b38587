package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** A pending grant was replaced by a newer request for the same account, and will never take effect. */
@EventType("AccessGrantSuperseded")
public record AccessGrantSuperseded(UUID userId, String username, UUID grantId, String supersededBy)
        implements UserEvent {
}
