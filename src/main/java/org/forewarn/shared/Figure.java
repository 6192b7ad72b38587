package org.forewarn.shared;

import java.time.Duration;

/**
 * One oversight figure a module counts over a {@link CaseSet}: a count, a rate (a fraction with
 * what it is a fraction of) or a duration (a median or a percentile, with how many cases it was
 * measured over; absent when none were).
 *
 * @param key   stable: {@code <section>.<name>[.<detail>]}, e.g. {@code determinations.outcome.WAIVED}
 * @param label plain English for an oversight office
 */
public record Figure(String key, String label, Unit unit, Long count, Long numerator, Long denominator,
                     Duration duration, Long measured) {

    public enum Unit {
        /** How many (cases, determinations, warnings: the label says which). */
        COUNT,
        /** {@code numerator / denominator}; absent when the denominator is 0. */
        FRACTION,
        /** A span of time. */
        DURATION
    }

    public Figure {
        if (key == null || !key.matches("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+")) {
            throw new IllegalArgumentException("a figure key is <section>.<name>: " + key);
        }
    }

    public static Figure count(String key, String label, long count) {
        return new Figure(key, label, Unit.COUNT, count, null, null, null, null);
    }

    public static Figure fraction(String key, String label, long numerator, long denominator) {
        return new Figure(key, label, Unit.FRACTION, null, numerator, denominator, null, null);
    }

    /** @param duration null when nothing was measured */
    public static Figure duration(String key, String label, Duration duration, long measured) {
        return new Figure(key, label, Unit.DURATION, null, null, null, duration, measured);
    }

    /** The section the figure belongs to: the first part of its key. */
    public String section() {
        return key.substring(0, key.indexOf('.'));
    }

    /** The rate, or null when there is nothing to divide by. */
    public Double fraction() {
        return unit != Unit.FRACTION || denominator == 0 ? null : (double) numerator / denominator;
    }

    /** A span as an office reads it: "45 min", "3 h 10 min", "2 d 4 h". */
    public static String words(Duration span) {
        boolean negative = span.isNegative();
        Duration d = span.abs();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        String text = days > 0 ? days + " d" + (hours > 0 ? " " + hours + " h" : "")
                : hours > 0 ? hours + " h" + (minutes > 0 ? " " + minutes + " min" : "")
                : minutes + " min";
        return negative ? "-" + text : text;
    }
}
