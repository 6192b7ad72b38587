package org.forewarn.alert;

import java.util.List;

import org.forewarn.shared.LatLonRing;
import org.forewarn.shared.Violations;

/**
 * Where an alert applies: a description people understand, and a polygon of [lat, lon] points
 * and/or a circle that the fan-out matches people's locations against. An open ring is closed by
 * repeating its first point; a ring that crosses itself is refused.
 */
public record AlertArea(String description, List<List<Double>> polygon, Circle circle) {

    public AlertArea {
        Violations v = Violations.check().notBlank(description, "description").maxLength(description, 1000,
                "description");
        boolean hasPolygon = polygon != null && !polygon.isEmpty();
        v.require(hasPolygon || circle != null, "polygon",
                "give a polygon of [lat, lon] points or a circle, so the alert can reach the people inside it");
        if (hasPolygon) {
            polygon = LatLonRing.closed(polygon, v);
        } else {
            polygon = null;
        }
        v.orThrow();
    }
}
