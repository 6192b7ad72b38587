package org.forewarn.alerting;

import java.time.Instant;

import org.forewarn.shared.Violations;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Where a person is, and when: home (no dates), or a trip (from - to). Fan-out reaches a person
 * whose location is valid at the moment the alert was sent.
 */
@Table("enrollee_locations")
public record EnrolledLocation(String label, Double lat, Double lon, Instant validFrom, Instant validTo) {

    public EnrolledLocation {
        label = label == null || label.isBlank() ? "home" : label.strip();
        Violations.check()
                .maxLength(label, 100, "label")
                .require(lat != null && lat >= -90 && lat <= 90, "lat", "must be a latitude between -90 and 90")
                .require(lon != null && lon >= -180 && lon <= 180, "lon", "must be a longitude between -180 and 180")
                .require(validFrom == null || validTo == null || validTo.isAfter(validFrom), "validTo",
                        "must be after validFrom")
                .orThrow();
    }

    boolean validAt(Instant at) {
        return (validFrom == null || !validFrom.isAfter(at)) && (validTo == null || !validTo.isBefore(at));
    }
}
