package org.forewarn.taxii;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The {@code next} of a page: the date_added of its last object, in microseconds. Dates added are
 * strictly increasing within a collection, so "after this one" names exactly where the page ended;
 * the client repeats its filters with it, as the specification asks.
 */
final class NextToken {

    private static final String PREFIX = "a";

    private NextToken() {
    }

    static String of(Instant lastDateAdded) {
        return PREFIX + ChronoUnit.MICROS.between(Instant.EPOCH, lastDateAdded);
    }

    static Instant position(String token) {
        if (token != null && token.startsWith(PREFIX)) {
            try {
                return Instant.EPOCH.plus(Long.parseLong(token.substring(PREFIX.length())), ChronoUnit.MICROS);
            } catch (NumberFormatException | ArithmeticException e) {
                // falls through to the refusal
            }
        }
        throw TaxiiException.badRequest("next must be a value a previous page returned in its 'next'.");
    }
}
