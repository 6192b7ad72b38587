package org.forewarn.alerting;

import java.util.ArrayList;
import java.util.List;

import org.forewarn.shared.InvalidInput;
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
            v.orThrow();
            polygon = List.copyOf(ring);
            String problem = GeoArea.polygonProblem(polygon);
            if (problem != null) {
                throw InvalidInput.of("polygon", problem);
            }
        } else {
            polygon = null;
        }
        v.orThrow();
    }
}
