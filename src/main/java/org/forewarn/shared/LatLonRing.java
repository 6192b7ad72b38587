package org.forewarn.shared;

import java.util.ArrayList;
import java.util.List;

/** A polygon given as [lat, lon] points, as threats and public alerts take their areas. */
public final class LatLonRing {

    private LatLonRing() {
    }

    /**
     * Checks every point and closes an open ring by repeating its first point. Problems go into
     * {@code violations}, which is thrown with them (and whatever it held before) if there are any.
     *
     * @return the closed ring, immutable
     */
    public static List<List<Double>> closed(List<List<Double>> polygon, Violations violations) {
        for (int i = 0; i < polygon.size(); i++) {
            List<Double> point = polygon.get(i);
            String field = "polygon[" + i + "]";
            if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
                violations.add(field, "must be a [lat, lon] pair");
                continue;
            }
            violations.require(point.get(0) >= -90 && point.get(0) <= 90, field, "latitude must be between -90 and 90");
            violations.require(point.get(1) >= -180 && point.get(1) <= 180, field,
                    "longitude must be between -180 and 180");
        }
        violations.orThrow();
        List<List<Double>> ring = new ArrayList<>(polygon.stream().map(List::copyOf).toList());
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0));
        }
        violations.require(ring.stream().distinct().count() >= 3, "polygon", "needs at least three distinct points");
        violations.orThrow();
        return List.copyOf(ring);
    }
}
