package org.forewarn.taxii;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URL filters of a TAXII request ({@code match[id]}, {@code match[type]}, {@code match[version]},
 * {@code match[spec_version]}, each a comma-separated list) and where to start: after
 * {@code added_after} and after the position a {@code next} token names, whichever is later.
 *
 * @param after the date_added objects must be later than, or {@code null} for the start
 */
record ObjectFilter(Set<String> ids, Set<String> types, Versions versions, Set<String> specVersions, Instant after) {

    /** Which versions of each object: the first, the last, all, and/or those at given instants. */
    record Versions(boolean first, boolean last, boolean all, List<Instant> at) {

        static final Versions LAST = new Versions(false, true, false, List.of());
        static final Versions ALL = new Versions(false, false, true, List.of());

        static Versions parse(String value, Versions absent) {
            if (value == null) {
                return absent;
            }
            boolean first = false;
            boolean last = false;
            boolean all = false;
            List<Instant> at = new ArrayList<>();
            for (String item : list(value, "match[version]")) {
                switch (item) {
                    case "first" -> first = true;
                    case "last" -> last = true;
                    case "all" -> all = true;
                    default -> {
                        Instant instant = TaxiiTimestamps.parse(item);
                        if (instant == null) {
                            throw TaxiiException.badRequest("match[version] takes 'first', 'last', 'all' or RFC 3339 "
                                    + "timestamps in UTC, comma-separated; not '" + item + "'.");
                        }
                        at.add(instant);
                    }
                }
            }
            return new Versions(first, last, all, List.copyOf(at));
        }
    }

    ObjectFilter {
        ids = Set.copyOf(ids);
        types = Set.copyOf(types);
        specVersions = Set.copyOf(specVersions);
    }

    /**
     * @param params          the request's query parameters
     * @param versionsAbsent  which versions when {@code match[version]} is not given ({@code last} for
     *                        objects and manifests)
     */
    static ObjectFilter of(Map<String, String> params, Versions versionsAbsent) {
        Instant addedAfter = null;
        if (params.containsKey("added_after")) {
            addedAfter = TaxiiTimestamps.parse(params.get("added_after"));
            if (addedAfter == null) {
                throw TaxiiException.badRequest("added_after must be an RFC 3339 timestamp in UTC, "
                        + "e.g. 2026-12-07T06:30:00.000000Z; not '" + params.get("added_after") + "'.");
            }
        }
        Instant next = params.containsKey("next") ? NextToken.position(params.get("next")) : null;
        Instant after = addedAfter == null ? next : next == null || addedAfter.isAfter(next) ? addedAfter : next;
        return new ObjectFilter(optionalList(params, "match[id]"), optionalList(params, "match[type]"),
                Versions.parse(params.get("match[version]"), versionsAbsent),
                optionalList(params, "match[spec_version]"),
                after);
    }

    /** Only the start and the spec versions: what the versions endpoint takes. */
    ObjectFilter onlyStart() {
        return new ObjectFilter(Set.of(), Set.of(), Versions.ALL, specVersions, after);
    }

    private static Set<String> optionalList(Map<String, String> params, String name) {
        return params.containsKey(name) ? list(params.get(name), name) : Set.of();
    }

    private static Set<String> list(String value, String name) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",", -1)) {
            String stripped = item.strip();
            if (stripped.isEmpty()) {
                throw TaxiiException.badRequest(name + " must be a comma-separated list without empty items.");
            }
            items.add(stripped);
        }
        return items;
    }
}
