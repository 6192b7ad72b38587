package org.forewarn.alert;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An alert's area as stored with the message. It was checked when it was given (as an
 * {@link AlertArea}) and is never checked again when read: a message stored under older rules (a
 * polygon of more points than are now accepted, say) stays readable, and so do the feeds it is in.
 *
 * @param geocodes by valueName, in valueName order (jsonb keeps no order of its own); empty for
 *                 messages stored before geocodes existed
 */
public record StoredArea(String description, List<List<Double>> polygon, Circle circle,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> geocodes) {

    public StoredArea {
        geocodes = sorted(geocodes);
    }

    static StoredArea of(AlertArea area) {
        return new StoredArea(area.description(), area.polygon(), area.circle(), area.geocodes());
    }

    static Map<String, String> sorted(Map<String, String> geocodes) {
        return geocodes == null || geocodes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(geocodes));
    }
}
