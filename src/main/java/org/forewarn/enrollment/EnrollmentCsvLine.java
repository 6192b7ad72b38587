package org.forewarn.enrollment;

import org.forewarn.shared.ChannelType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.forewarn.shared.InvalidInput;

/**
 * One CSV line turned into the API's own command, {@link Enroll} with one {@link EnrolledLocation}:
 * the records' constructors do all the checking, so a line is refused for exactly what a request
 * would be, with the API's field name and message. Only reading the text (numbers, dates) is done
 * here, since JSON does that for the API.
 */
final class EnrollmentCsvLine {

    static final List<String> COLUMNS = List.of("external_id", "name", "language", "email", "phone", "webhook_url",
            "lat", "lon", "label", "valid_from", "valid_to");

    /** The CSV column of each API field (a location's fields come without their "locations[n]." prefix). */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("externalId", "external_id"),
            Map.entry("name", "name"), Map.entry("language", "language"),
            Map.entry("channels", "email, phone, webhook_url"), Map.entry("label", "label"), Map.entry("lat", "lat"),
            Map.entry("lon", "lon"), Map.entry("validFrom", "valid_from"), Map.entry("validTo", "valid_to"));
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** A decimal number as JSON writes one: no NaN, Infinity, hexadecimal or Java's 1d / 1f. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final int ECHOED = 60;

    /** A line is either a command or the problems that stopped it. */
    record Parsed(Enroll command, List<ImportReport.LineError> problems) {
    }

    private final long line;
    private final List<String> record;
    private final Map<String, Integer> columns;
    private final List<ImportReport.LineError> problems = new ArrayList<>();
    /** API fields already reported while reading the text, so the constructors' echo of them is left out. */
    private final Set<String> reported = new HashSet<>();

    private EnrollmentCsvLine(long line, List<String> record, Map<String, Integer> columns) {
        this.line = line;
        this.record = record;
        this.columns = columns;
    }

    /**
     * @param position where this line's location goes among the person's locations (their earlier lines)
     */
    static Parsed parse(long line, List<String> record, Map<String, Integer> columns, int position) {
        return new EnrollmentCsvLine(line, record, columns).parse(position);
    }

    /** The external id as written (stripped), or null: it groups lines before they are checked. */
    static String externalId(List<String> record, Map<String, Integer> columns) {
        return value(record, columns, "external_id");
    }

    private Parsed parse(int position) {
        String prefix = "locations[" + position + "]";
        List<ContactChannel> channels = new ArrayList<>();
        boolean channelRefused = false;
        int given = 0;
        for (ChannelType type : ChannelType.AUTOMATIC) {
            String column = column(type);
            String address = value(record, columns, column);
            if (address != null) {
                String field = "channels[" + given++ + "]"; // as if the line's contacts were the API's list
                try {
                    channels.add(new ContactChannel(type, address));
                } catch (InvalidInput e) {
                    channelRefused = true;
                    e.problems().forEach(p -> problem(column, field + "." + p.field(), p.message()));
                }
            }
        }
        EnrolledLocation location = null;
        Double lat = number("lat", prefix);
        Double lon = number("lon", prefix);
        Instant from = time("valid_from", prefix + ".validFrom", false);
        Instant to = time("valid_to", prefix + ".validTo", true);
        try {
            location = new EnrolledLocation(value(record, columns, "label"), lat, lon, from, to);
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problem(COLUMN_OF.get(p.field()), prefix + "." + p.field(), p.message()));
        }
        Enroll command = null;
        try {
            command = new Enroll(value(record, columns, "external_id"), value(record, columns, "name"),
                    value(record, columns, "language"), channels, location == null ? List.of() : List.of(location));
        } catch (InvalidInput e) {
            for (InvalidInput.FieldProblem p : e.problems()) {
                boolean followsFromAbove = (p.field().equals("channels") && channelRefused)
                        || (p.field().equals("locations") && location == null);
                if (!followsFromAbove) {
                    problem(COLUMN_OF.get(p.field()), p.field(), p.message());
                }
            }
        }
        return problems.isEmpty() ? new Parsed(command, List.of()) : new Parsed(null, List.copyOf(problems));
    }

    static String column(ChannelType type) {
        return switch (type) {
            case EMAIL -> "email";
            case SMS -> "phone";
            case WEBHOOK -> "webhook_url";
            case LIAISON, TAXII -> throw new IllegalArgumentException("no CSV column for " + type + ": people enrol by e-mail, phone or webhook");
        };
    }

    private void problem(String column, String field, String message) {
        if (!reported.contains(field)) {
            problems.add(new ImportReport.LineError(line, column, field, message));
        }
    }

    private Double number(String column, String prefix) {
        String text = value(record, columns, column);
        if (text == null) {
            return null; // the location says what is required
        }
        if (!NUMBER.matcher(text).matches()) {
            unreadable(column, prefix + "." + column, "must be a number, not " + echo(text));
            return null;
        }
        return Double.valueOf(text);
    }

    /** A date ({@code valid_to} lasts to the end of that day, UTC) or an ISO-8601 time with an offset. */
    private Instant time(String column, String field, boolean endOfDay) {
        String text = value(record, columns, column);
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                LocalDate date = LocalDate.parse(text);
                return endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
                        : date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            unreadable(column, field, "must be a date (2024-03-07) or a time (2024-03-07T21:00:00+03:00), not "
                    + echo(text));
            return null;
        }
    }

    private void unreadable(String column, String field, String message) {
        problem(column, field, message);
        reported.add(field);
    }

    private static String echo(String text) {
        return "'" + (text.length() > ECHOED ? text.substring(0, ECHOED) + "…" : text) + "'";
    }

    private static String value(List<String> record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
