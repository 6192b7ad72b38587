package org.forewarn.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.forewarn.shared.InvalidInput;
import org.springframework.stereotype.Component;

/** How the console writes and reads times: always in a named zone, never bare. */
@Component("times")
public class Times {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String format(Instant instant, String zone) {
        return instant == null ? "" : FULL.withZone(ZoneId.of(zone == null ? "UTC" : zone)).format(instant);
    }

    public String utc(Instant instant) {
        return format(instant, "UTC");
    }

    public String input(Instant instant, String zone) {
        return instant == null ? "" : INPUT.withZone(ZoneId.of(zone)).format(instant);
    }

    /** "1 d 5 h", "3 h 20 min", "12 min". */
    public String human(Duration d) {
        if (d == null) {
            return "";
        }
        boolean negative = d.isNegative();
        Duration a = d.abs();
        long days = a.toDays();
        String text = days > 0 ? days + " d " + a.toHoursPart() + " h"
                : a.toHours() > 0 ? a.toHoursPart() + " h " + a.toMinutesPart() + " min" : a.toMinutesPart() + " min";
        return negative ? "−" + text : text;
    }

    static Instant parse(String value, String zone, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, INPUT).atZone(ZoneId.of(zone)).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be a date and time such as 2024-03-05T10:00");
        }
    }
}
