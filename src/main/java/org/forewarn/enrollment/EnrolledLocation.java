package org.forewarn.enrollment;

import java.time.Instant;

import org.forewarn.shared.TimeBounds;
import org.forewarn.shared.Violations;

/**
 * Where a person is, and when: home (no dates), or a trip (from - to). Fan-out reaches a person
 * whose location is valid at the moment the alert was sent. The API and every CSV line build this
 * record, so both are held to the same rules.
 */
public record EnrolledLocation(String label, Double lat, Double lon, Instant validFrom, Instant validTo) {

    static final int MAX_LABEL = 100;

    public EnrolledLocation {
        label = label == null || label.isBlank() ? "home" : label.strip();
        Violations.check()
                .maxLength(label, MAX_LABEL, "label")
                .require(lat != null && lat >= -90 && lat <= 90, "lat", "must be a latitude between -90 and 90")
                .require(lon != null && lon >= -180 && lon <= 180, "lon", "must be a longitude between -180 and 180")
                .require(TimeBounds.within(validFrom), "validFrom", TimeBounds.DESCRIPTION)
                .require(TimeBounds.within(validTo), "validTo", TimeBounds.DESCRIPTION)
                .require(validFrom == null || validTo == null || validTo.isAfter(validFrom), "validTo",
                        "must be after validFrom")
                .orThrow();
    }
}
