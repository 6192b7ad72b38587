package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An administrator cleared the failed sign-ins of an account or an address before they expired. */
@EventType("LoginThrottleLifted")
public record LoginThrottleLifted(UUID throttleId, ThrottleKind kind, String subject, int failures, String liftedBy)
        implements LoginThrottleEvent {
}
