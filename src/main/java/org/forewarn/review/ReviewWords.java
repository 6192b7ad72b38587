package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the report says times and spans: in the case's zone, as a person would write them. */
final class ReviewWords {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", Locale.ENGLISH);

    private final ZoneId zone;

    ReviewWords(String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** "6 Mar 2024 15:00 MSK". */
    String at(Instant instant) {
        return instant == null ? "—" : AT.format(instant.atZone(zone));
    }

    /** "16 days 5 h", "30 h", "3 h 10 min", "25 min"; a negative span reads as its length. */
    static String span(Duration duration) {
        Duration d = duration.abs();
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60;
        if (days >= 3) {
            long h = hours - days * 24;
            return days + " days" + (h > 0 ? " " + h + " h" : "");
        }
        if (hours >= 1) {
            long m = minutes - hours * 60;
            return hours + " h" + (m > 0 ? " " + m + " min" : "");
        }
        return minutes + " min";
    }

    /** "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String quoted(List<String> phrases) {
        return list(phrases.stream().map(p -> "“" + p + "”").toList());
    }
}
