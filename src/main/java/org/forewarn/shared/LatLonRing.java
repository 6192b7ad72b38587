package org.forewarn.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** A polygon given as [lat, lon] points, as threats and public alerts take their areas. */
public final class LatLonRing {

    /**
     * The most points a ring may have. CAP 1.2 sets no limit, but every point is carried in each CAP
     * {@code info} block, each Atom-linked document and each geometry test of the fan-out; alerting
     * gateways and phones downstream handle polygons of tens to hundreds of points, not hundreds of
     * thousands. 1,000 points (about 25 KB as CAP text) outline any district or city in detail and
     * keep the validity check and the matching of millions of people cheap.
     */
    public static final int MAX_POINTS = 1000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private LatLonRing() {
    }

    /**
     * Checks every point, closes an open ring by repeating its first point, and refuses a ring that
     * crosses or touches itself. Problems go into {@code violations}, which is thrown with them (and
     * whatever it held before) if there are any.
     *
     * @return the closed ring, immutable
     */
    public static List<List<Double>> closed(List<List<Double>> polygon, Violations violations) {
        // Refused before anything else is looked at: checking 200,000 points is the cost to avoid. A
        // closed ring repeats its first point at the end; that repeat is not counted, so a ring this
        // method closed (and stored) passes again when it is read back.
        int points = polygon.size() > 1 && Objects.equals(polygon.get(0), polygon.get(polygon.size() - 1))
                ? polygon.size() - 1 : polygon.size();
        if (points > MAX_POINTS) {
            violations.add("polygon", "has " + points + " points; at most " + MAX_POINTS
                    + " are accepted. Simplify the outline (a few dozen points describe a district or a city)");
            violations.orThrow();
        }
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
        if (!StoredValues.beingRead()) {
            String problem = topologyProblem(ring);
            violations.require(problem == null, "polygon", problem);
            violations.orThrow();
        }
        return List.copyOf(ring);
    }

    /** Why a closed ring is not a simple polygon (it crosses or touches itself), or null. */
    private static String topologyProblem(List<List<Double>> ring) {
        Coordinate[] coordinates = ring.stream().map(p -> new Coordinate(p.get(1), p.get(0)))
                .toArray(Coordinate[]::new);
        TopologyValidationError error = new IsValidOp(GEOMETRY.createPolygon(coordinates)).getValidationError();
        if (error == null) {
            return null;
        }
        Coordinate at = error.getCoordinate();
        return "is not a valid polygon: " + error.getMessage().toLowerCase()
                + (at != null ? " near [" + at.y + ", " + at.x + "]" : "")
                + ". Points must go round the area once without crossing.";
    }
}
