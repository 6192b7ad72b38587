package org.forewarn.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * The span of time Forewarn records: from 1900 to the end of 2199. Nothing it deals with happened
 * before or will be planned after, and times outside it are typing errors or probes (year 300000
 * does not fit PostgreSQL's timestamp; 5000 BC does not fit a case).
 */
public final class TimeBounds {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2199-12-31T23:59:59Z");
    public static final String DESCRIPTION = "must be between 1900-01-01 and 2199-12-31 (UTC)";

    private TimeBounds() {
    }

    public static boolean within(Instant at) {
        return at == null || (!at.isBefore(EARLIEST) && !at.isAfter(LATEST));
    }

    /** What is wrong with the time, or empty. */
    public static Optional<String> problem(Instant at) {
        return within(at) ? Optional.empty() : Optional.of(DESCRIPTION);
    }
}
