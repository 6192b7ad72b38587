package org.forewarn.threat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.Violations;

/**
 * What a case officer narrows the threat list to; every part may be left out.
 *
 * @param text             words to find in the title, summary, actor, targets and places (web-search
 *                         syntax: {@code "exact phrase"}, {@code or}, {@code -without}); never protected details
 * @param status           open or closed
 * @param harm             one of the harm types the threat names
 * @param classification   the case's classification
 * @param receivedFrom     received at or after
 * @param receivedTo       received before
 * @param country          a target's country (ISO 3166-1 alpha-2, e.g. RU)
 * @param recipient        a recipient a warning on the case was drafted to
 * @param awaitingApproval only cases with a warning waiting for an approver
 * @param deadlineWithin   only cases whose warning deadline falls within this time from now (or has passed)
 *                         and on which no warning has been sent yet
 */
public record ThreatFilter(String text, ThreatStatus status, HarmType harm, Clearance classification,
                           Instant receivedFrom, Instant receivedTo, String country, UUID recipient,
                           boolean awaitingApproval, Duration deadlineWithin) {

    public static final ThreatFilter NONE = new ThreatFilter(null, null, null);

    public ThreatFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        Violations.check()
                .maxLength(text, 200, "q")
                .require(country == null || country.matches("[A-Z]{2}"), "country",
                        "must be a two-letter ISO 3166-1 country code, such as RU or FR")
                .require(receivedFrom == null || receivedTo == null || receivedFrom.isBefore(receivedTo),
                        "receivedTo", "must be after receivedFrom")
                .require(deadlineWithin == null || (!deadlineWithin.isNegative() && !deadlineWithin.isZero()
                        && deadlineWithin.compareTo(Duration.ofDays(366)) <= 0), "deadlineWithin",
                        "must be a positive ISO-8601 duration of at most a year, such as PT24H")
                .orThrow();
    }

    /** Text, status and harm only. */
    public ThreatFilter(String text, ThreatStatus status, HarmType harm) {
        this(text, status, harm, null, null, null, null, null, false, null);
    }

    /**
     * A duration as a person writes it in a query: ISO-8601 ({@code PT24H}) or short ({@code 24h},
     * {@code 2d}); a 400 naming {@code parameter} otherwise.
     */
    public static Duration duration(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return org.springframework.boot.convert.DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw org.forewarn.shared.InvalidInput.of(parameter, "must be a duration such as PT24H or 24h, not '"
                    + text + "'");
        }
    }
}
