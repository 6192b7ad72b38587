package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottleScheduleTests {

    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    private final ThrottleSchedule schedule = new ThrottleSchedule(5, 10, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 1; failures <= 5; failures++) {
            assertThat(schedule.after(failures, AT)).as("after %d failures", failures).isEmpty();
        }
    }

    @Test
    void thenEachFurtherAttemptWaitsTwiceAsLong() {
        assertThat(schedule.after(6, AT)).contains(new ThrottleSchedule.Block(AT.plusSeconds(1), false));
        assertThat(schedule.after(7, AT)).contains(new ThrottleSchedule.Block(AT.plusSeconds(2), false));
        assertThat(schedule.after(8, AT)).contains(new ThrottleSchedule.Block(AT.plusSeconds(4), false));
        assertThat(schedule.after(9, AT)).contains(new ThrottleSchedule.Block(AT.plusSeconds(8), false));
    }

    @Test
    void atTheLockoutThresholdAndAfterItIsLockedOut() {
        assertThat(schedule.after(10, AT)).contains(new ThrottleSchedule.Block(AT.plus(Duration.ofMinutes(15)), true));
        assertThat(schedule.after(11, AT)).contains(new ThrottleSchedule.Block(AT.plus(Duration.ofMinutes(15)), true));
    }

    @Test
    void theDelayNeverExceedsItsCeiling() {
        ThrottleSchedule patient = new ThrottleSchedule(5, 1000, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(15));

        assertThat(patient.after(12, AT)).contains(new ThrottleSchedule.Block(AT.plusSeconds(30), false));
        assertThat(patient.after(999, AT)).contains(new ThrottleSchedule.Block(AT.plusSeconds(30), false));
    }
}
