package org.forewarn.alerting;

import java.time.Instant;

import org.forewarn.shared.Violations;

/**
 * Where a person is, and when: home (no dates), or a trip (from - to). Fan-out reaches a person
 * whose location is valid at the moment the alert was sent. The API and every CSV line build this
 * record, so both are held to the same rules.
 */
public record EnrolledLocation(String label, Double lat, Double lon, Instant validFrom, Instant validTo) {

    static final int MAX_LABEL = 100;
    /** Dates outside these bounds are typing errors (and PostgreSQL cannot store some of them). */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2199-12-31T23:59:59Z");
    private static final String DATE_RANGE = "must be between 1900-01-01 and 2199-12-31 (UTC)";

    public EnrolledLocation {
        label = label == null || label.isBlank() ? "home" : label.strip();
        Violations.check()
                .maxLength(label, MAX_LABEL, "label")
                .require(lat != null && lat >= -90 && lat <= 90, "lat", "must be a latitude between -90 and 90")
                .require(lon != null && lon >= -180 && lon <= 180, "lon", "must be a longitude between -180 and 180")
                .require(withinBounds(validFrom), "validFrom", DATE_RANGE)
                .require(withinBounds(validTo), "validTo", DATE_RANGE)
                .require(validFrom == null || validTo == null || validTo.isAfter(validFrom), "validTo",
                        "must be after validFrom")
                .orThrow();
    }

    private static boolean withinBounds(Instant at) {
        return at == null || (!at.isBefore(EARLIEST) && !at.isAfter(LATEST));
    }
}
