package org.forewarn.identity;

import java.util.UUID;

/** An administrator cleared the failed sign-ins of an account or an address before they expired. */
public record LoginThrottleLifted(UUID throttleId, ThrottleKind kind, String subject, int failures, String liftedBy)
        implements LoginThrottleEvent {
}
