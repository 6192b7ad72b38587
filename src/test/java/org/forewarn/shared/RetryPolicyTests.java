package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(2));

    @Test
    void backOffDoublesWithJitterUpToTheCap() {
        assertThat(policy.delayAfter(1)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
        assertThat(policy.delayAfter(2)).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(24));
        assertThat(policy.delayAfter(3)).isBetween(Duration.ofSeconds(32), Duration.ofSeconds(48));
        assertThat(policy.delayAfter(20)).isBetween(Duration.ofSeconds(96), Duration.ofSeconds(144));
    }

    @Test
    void exhaustedAfterMaxAttempts() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
    }
}
