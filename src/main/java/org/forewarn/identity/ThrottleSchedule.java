package org.forewarn.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next sign-in may be tried after a run of failures: at once for the first
 * {@code delayAfter}; then after {@code initialDelay}, doubling with each further failure up to
 * {@code maxDelay}; from {@code lockoutAfter} failures on, locked for {@code lockout} (and again
 * after each further failure, until the failures are forgotten). An attempt before that time is
 * refused without looking at the password, so waiting costs the server nothing.
 */
record ThrottleSchedule(int delayAfter, int lockoutAfter, Duration initialDelay, Duration maxDelay, Duration lockout) {

    /** Attempts are refused until {@code until}; a lockout if {@code lockedOut}, else a delay. */
    record Block(Instant until, boolean lockedOut) {
    }

    /**
     * @param failures how many failures in a row, counting the one that just happened
     * @param failedAt when it happened
     */
    Optional<Block> after(int failures, Instant failedAt) {
        if (failures >= lockoutAfter) {
            return Optional.of(new Block(failedAt.plus(lockout), true));
        }
        if (failures <= delayAfter) {
            return Optional.empty();
        }
        int doublings = failures - delayAfter - 1;
        Duration delay = doublings >= 30 ? maxDelay : initialDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        return Optional.of(new Block(failedAt.plus(delay), false));
    }
}
