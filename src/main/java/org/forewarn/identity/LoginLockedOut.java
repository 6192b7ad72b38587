package org.forewarn.identity;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * Sign-ins for an account or from an address were locked out after repeated failures. One entry per
 * lockout, never one per failed attempt, so nobody can flood the audit chain by guessing.
 *
 * @param subject  the account's username if such an account exists (an unknown name is not recorded: it
 *                 may be a password typed into the wrong field), or the client address (IPv6: its /64)
 * @param failures failed sign-ins counted when the lockout began
 * @param since    the first of those failures
 */
@EventType("LoginLockedOut")
public record LoginLockedOut(UUID throttleId, ThrottleKind kind, String subject, int failures, Instant since,
                             Instant lockedUntil) implements LoginThrottleEvent {

    /** What an account that does not exist is recorded as. */
    public static final String NO_SUCH_ACCOUNT = "(no such account)";
}
