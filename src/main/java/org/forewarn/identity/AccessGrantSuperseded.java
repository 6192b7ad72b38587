package org.forewarn.identity;

import java.util.UUID;

/** A pending grant was replaced by a newer request for the same account, and will never take effect. */
public record AccessGrantSuperseded(UUID userId, String username, UUID grantId, String supersededBy)
        implements UserEvent {
}
