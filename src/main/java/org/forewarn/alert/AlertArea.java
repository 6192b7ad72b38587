package org.forewarn.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.shared.LatLonRing;
import org.forewarn.shared.Violations;

/**
 * Where an alert applies: a description people understand, and a polygon of [lat, lon] points
 * and/or a circle that the fan-out matches people's locations against. An open ring is closed by
 * repeating its first point; a ring that crosses itself is refused.
 *
 * @param geocodes CAP geocodes of the area, valueName to value ({@code "SAME": "011001"}); the
 *                 national profiles require theirs (see {@link CapProfile}); optional otherwise
 */
public record AlertArea(String description, List<List<Double>> polygon, Circle circle, Map<String, String> geocodes) {

    static final int MAX_GEOCODES = 20;

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
        geocodes = geocodes == null ? Map.of() : new LinkedHashMap<>(geocodes);
        v.require(geocodes.size() <= MAX_GEOCODES, "geocodes", "at most " + MAX_GEOCODES + " geocodes");
        geocodes.forEach((name, value) -> v.notBlank(name, "geocodes").maxLength(name, 200, "geocodes")
                .notBlank(value, "geocodes." + name).maxLength(value, 200, "geocodes." + name));
        v.orThrow();
        geocodes = StoredArea.sorted(geocodes);
    }

    /** An area without geocodes. */
    public AlertArea(String description, List<List<Double>> polygon, Circle circle) {
        this(description, polygon, circle, null);
    }
}
