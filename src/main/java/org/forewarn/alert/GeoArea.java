package org.forewarn.alert;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An alert area as geometry: a bounding box for the database prefilter, and an exact test for
 * each candidate point (JTS for polygons, great-circle distance for circles). Coordinates are
 * x = longitude, y = latitude, as in the database's point column.
 */
public final class GeoArea {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE_LAT = 111.32;

    private final PreparedGeometry polygon;
    private final Circle circle;
    private final Envelope box;

    private GeoArea(PreparedGeometry polygon, Circle circle, Envelope box) {
        this.polygon = polygon;
        this.circle = circle;
        this.box = box;
    }

    static GeoArea of(AlertArea area) {
        return of(StoredArea.of(area));
    }

    static GeoArea of(StoredArea area) {
        Envelope box = new Envelope();
        PreparedGeometry prepared = null;
        if (area.polygon() != null) {
            Polygon p = polygon(area.polygon());
            prepared = PreparedGeometryFactory.prepare(p);
            box.expandToInclude(p.getEnvelopeInternal());
        }
        Circle c = area.circle();
        if (c != null) {
            double dLat = c.radiusKm() / KM_PER_DEGREE_LAT;
            double cos = Math.max(Math.cos(Math.toRadians(c.lat())), 0.01);
            double dLon = Math.min(180, c.radiusKm() / (KM_PER_DEGREE_LAT * cos));
            box.expandToInclude(new Envelope(c.lon() - dLon, c.lon() + dLon, c.lat() - dLat, c.lat() + dLat));
        }
        return new GeoArea(prepared, c, box);
    }

    /** Whether the point is inside the polygon (boundary included) or the circle. */
    public boolean covers(double lat, double lon) {
        if (polygon != null && polygon.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)))) {
            return true;
        }
        return circle != null && distanceKm(circle.lat(), circle.lon(), lat, lon) <= circle.radiusKm();
    }

    public double minLat() {
        return box.getMinY();
    }

    public double maxLat() {
        return box.getMaxY();
    }

    public double minLon() {
        return box.getMinX();
    }

    public double maxLon() {
        return box.getMaxX();
    }

    private static Polygon polygon(List<List<Double>> ring) {
        Coordinate[] coordinates = ring.stream().map(p -> new Coordinate(p.get(1), p.get(0))).toArray(Coordinate[]::new);
        return GEOMETRY.createPolygon(coordinates);
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
