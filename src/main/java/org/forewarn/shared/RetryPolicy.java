package org.forewarn.shared;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: initial, 2x, 4x ... capped at max, each +/-20 % so that many
 * failing deliveries do not retry in lock-step.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    public Duration delayAfter(int attemptsMade) {
        long base = initialBackoff.toMillis();
        long max = maxBackoff.toMillis();
        int exponent = Math.min(Math.max(attemptsMade - 1, 0), 30);
        long delay = Math.min(max, base * (1L << exponent));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, Math.round(delay * jitter)));
    }
}
