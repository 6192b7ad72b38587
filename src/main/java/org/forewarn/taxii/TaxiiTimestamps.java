package org.forewarn.taxii;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Timestamps as TAXII and STIX write them: RFC 3339 in UTC with a {@code Z}. Forewarn's own
 * (date_added, the paging headers) always carry six fractional digits, so that a client that passes
 * one back as {@code added_after} loses nothing of it.
 */
final class TaxiiTimestamps {

    private static final Pattern RFC3339_UTC = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private TaxiiTimestamps() {
    }

    static String format(Instant instant) {
        return MICROS.format(instant);
    }

    /** @return the instant, or {@code null} if the text is not an RFC 3339 UTC timestamp */
    static Instant parse(String text) {
        if (text == null || !RFC3339_UTC.matcher(text).matches()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
