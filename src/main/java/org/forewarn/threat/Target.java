package org.forewarn.threat;

import org.forewarn.shared.Violations;

/**
 * Who or what is threatened: a venue, a person, a group, an event; where, if known.
 *
 * @param country where it is, as an ISO 3166-1 alpha-2 code (RU, FR), if known; the threat list filters by it
 */
public record Target(String name, TargetKind kind, String place, Double lat, Double lon, String country) {

    public Target {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        Violations.check()
                .notBlank(name, "name")
                .maxLength(name, 300, "name")
                .notNull(kind, "kind")
                .maxLength(place, 300, "place")
                .require((lat == null) == (lon == null), "lat", "lat and lon must be given together")
                .require(lat == null || (lat >= -90 && lat <= 90), "lat", "must be between -90 and 90")
                .require(lon == null || (lon >= -180 && lon <= 180), "lon", "must be between -180 and 180")
                .require(country == null || country.matches("[A-Z]{2}"), "country",
                        "must be a two-letter ISO 3166-1 country code, such as RU or FR")
                .orThrow();
    }

    /** A target whose country is not known. */
    public Target(String name, TargetKind kind, String place, Double lat, Double lon) {
        this(name, kind, place, lat, lon, null);
    }
}
