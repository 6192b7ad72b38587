package org.forewarn.threat;

import org.forewarn.shared.Violations;

/** Who or what is threatened: a venue, a person, a group, an event; where, if known. */
public record Target(String name, TargetKind kind, String place, Double lat, Double lon) {

    public Target {
        Violations.check()
                .notBlank(name, "name")
                .maxLength(name, 300, "name")
                .notNull(kind, "kind")
                .maxLength(place, 300, "place")
                .require((lat == null) == (lon == null), "lat", "lat and lon must be given together")
                .require(lat == null || (lat >= -90 && lat <= 90), "lat", "must be between -90 and 90")
                .require(lon == null || (lon >= -180 && lon <= 180), "lon", "must be between -180 and 180")
                .orThrow();
    }
}
