package org.forewarn.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The application's clock: the system clock, except on a thread that is replaying a scenario
 * (the demo loader), which sees the scenario's own time. Everything that records time takes this
 * clock, so a replayed case reads with its historical times and the audit chain stays truthful
 * about the order things were recorded in.
 */
public final class ScenarioClock extends Clock {

    private final Clock base;
    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    public ScenarioClock(Clock base) {
        this.base = base;
    }

    /** Runs {@code work} on this thread as if it were {@code at}. */
    public <T> T at(Instant at, Supplier<T> work) {
        Instant previous = replayed.get();
        replayed.set(at);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                replayed.remove();
            } else {
                replayed.set(previous);
            }
        }
    }

    public void at(Instant at, Runnable work) {
        at(at, () -> {
            work.run();
            return null;
        });
    }

    /** The real time, even while a scenario is replayed on this thread (the audit log's "recorded at"). */
    public Instant wallClockInstant() {
        return base.instant();
    }

    @Override
    public Instant instant() {
        Instant at = replayed.get();
        return at != null ? at : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        ScenarioClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
