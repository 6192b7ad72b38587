package org.forewarn.threat;

import java.util.ArrayList;
import java.util.List;

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
            for (int i = 0; i < polygon.size(); i++) {
                List<Double> point = polygon.get(i);
                String field = "polygon[" + i + "]";
                if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
                    v.add(field, "must be a [lat, lon] pair");
                    continue;
                }
                v.require(point.get(0) >= -90 && point.get(0) <= 90, field, "latitude must be between -90 and 90");
                v.require(point.get(1) >= -180 && point.get(1) <= 180, field,
                        "longitude must be between -180 and 180");
            }
            v.orThrow();
            List<List<Double>> ring = new ArrayList<>(polygon.stream().map(List::copyOf).toList());
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                ring.add(ring.get(0));
            }
            v.require(ring.stream().distinct().count() >= 3, "polygon", "needs at least three distinct points");
            polygon = List.copyOf(ring);
        } else {
            polygon = null;
        }
        v.orThrow();
    }
}
