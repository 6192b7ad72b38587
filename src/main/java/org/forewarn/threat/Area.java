package org.forewarn.threat;

import java.util.List;

import org.forewarn.shared.LatLonRing;
import org.forewarn.shared.Violations;

/**
 * The area a threat covers: a description, and optionally a polygon of [lat, lon] points. An
 * open ring is closed by repeating its first point.
 */
public record Area(String description, List<List<Double>> polygon) {

    public Area {
        Violations v = Violations.check().notBlank(description, "description").maxLength(description, 500,
                "description");
        if (polygon != null && !polygon.isEmpty()) {
            polygon = LatLonRing.closed(polygon, v);
        } else {
            polygon = null;
        }
        v.orThrow();
    }
}
