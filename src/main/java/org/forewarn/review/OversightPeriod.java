package org.forewarn.review;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.TimeBounds;

/**
 * The period oversight figures cover: the cases whose information was received from the start of
 * {@code from} to the end of {@code to} (both days included), midnight to midnight in {@code zone}.
 *
 * @param start the first instant of the period
 * @param end   the first instant after it
 */
public record OversightPeriod(LocalDate from, LocalDate to, String zone, Instant start, Instant end) {

    /**
     * The period as the query gives it, each part optional: {@code to} defaults to today in the zone,
     * {@code from} to a year before {@code to}, the zone to UTC. A 400 names each parameter that is wrong.
     */
    public static OversightPeriod of(String from, String to, String zone, Instant now) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        ZoneId zoneId = ZoneId.of("UTC");
        if (zone != null && !zone.isBlank()) {
            try {
                zoneId = ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                problems.add(new InvalidInput.FieldProblem("zone", "is not a time zone: give an IANA name such as "
                        + "UTC or Europe/Moscow"));
            }
        }
        LocalDate last = date("to", to, problems);
        LocalDate first = date("from", from, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (last == null) {
            last = LocalDate.ofInstant(now, zoneId);
        }
        if (first == null) {
            first = last.minusYears(1);
        }
        if (first.isAfter(last)) {
            throw InvalidInput.of("from", "is after `to` (" + first + " > " + last + "): the period runs from `from` "
                    + "to `to`, both days included");
        }
        Instant start = first.atStartOfDay(zoneId).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zoneId).toInstant();
        if (!TimeBounds.within(start)) {
            throw InvalidInput.of("from", TimeBounds.DESCRIPTION);
        }
        if (!TimeBounds.within(end)) {
            throw InvalidInput.of("to", TimeBounds.DESCRIPTION);
        }
        return new OversightPeriod(first, last, zoneId.getId(), start, end);
    }

    private static LocalDate date(String name, String value, List<InvalidInput.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInput.FieldProblem(name, "is not a date: give it as YYYY-MM-DD, e.g. 2024-03-22"));
            return null;
        }
    }

    /** The period as query parameters, to carry into a link: {@code from=…&to=…&zone=…}. */
    public String query() {
        return "from=" + from + "&to=" + to + "&zone=" + java.net.URLEncoder.encode(zone,
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
