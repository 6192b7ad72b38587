package org.forewarn.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Failed sign-ins counted against an account or an address, as administrators see them.
 *
 * @param subject      the account's username, {@value LoginLockedOut#NO_SUCH_ACCOUNT} for a name no account
 *                     has, or the client address (IPv6: its /64)
 * @param blockedUntil attempts before this are refused, or {@code null} if none are
 * @param lockedOut    whether that is a lockout rather than a short delay
 */
public record LoginThrottleView(UUID id, ThrottleKind kind, String subject, int failures, Instant firstFailureAt,
                                Instant lastFailureAt, Instant blockedUntil, boolean lockedOut) {
}
