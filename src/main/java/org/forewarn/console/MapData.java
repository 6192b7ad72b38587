package org.forewarn.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.threat.Target;

import tools.jackson.databind.json.JsonMapper;

/** Map data for the pages' data-* attributes (JSON, escaped by Thymeleaf). */
public final class MapData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MapData() {
    }

    public static String targets(List<Target> targets) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Target t : targets) {
            if (t.lat() != null) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", t.name());
                p.put("lat", t.lat());
                p.put("lon", t.lon());
                points.add(p);
            }
        }
        return JSON.writeValueAsString(points);
    }

    public static String json(Object value) {
        return value == null ? "" : JSON.writeValueAsString(value);
    }
}
