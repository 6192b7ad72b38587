package org.forewarn.alert;

import org.forewarn.shared.Violations;

/** A circle on the ground: centre and radius in kilometres (CAP's "lat,lon radius"). */
public record Circle(Double lat, Double lon, Double radiusKm) {

    public Circle {
        Violations.check()
                .require(lat != null && lat >= -90 && lat <= 90, "lat", "must be a latitude between -90 and 90")
                .require(lon != null && lon >= -180 && lon <= 180, "lon", "must be a longitude between -180 and 180")
                .require(radiusKm != null && radiusKm > 0 && radiusKm <= 2000, "radiusKm",
                        "must be more than 0 and at most 2000 km")
                .orThrow();
    }
}
