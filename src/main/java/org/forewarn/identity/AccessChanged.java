package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * An account's confirmed access changed; from now on it holds exactly this.
 *
 * @param changedBy   the administrator who asked for it
 * @param confirmedBy the second administrator who confirmed it, or {@code null} if the change needed
 *                    no confirmation (nothing elevated, or a reduction)
 * @param grantId     the confirmed grant, if any
 */
@EventType("AccessChanged")
public record AccessChanged(UUID userId, String username, Set<Role> roles, Clearance clearance,
                            Set<String> compartments, String changedBy, String confirmedBy, UUID grantId)
        implements UserEvent {
}
