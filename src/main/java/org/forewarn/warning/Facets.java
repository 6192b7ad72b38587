package org.forewarn.warning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.forewarn.shared.Violations;

/**
 * Which facets of the threat the warning shares and which it withholds, with the reason for each
 * one withheld, e.g. {@code {"method": "would reveal the collection method"}}.
 */
public record Facets(FacetStatus actor, FacetStatus target, FacetStatus place, FacetStatus time, FacetStatus method,
                     Map<String, String> withheldReasons) {

    public Facets {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (withheldReasons != null) {
            withheldReasons.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    reasons.put(k.strip(), v.strip());
                }
            });
        }
        withheldReasons = Map.copyOf(reasons);
        Violations v = Violations.check();
        FacetStatus[] statuses = {actor, target, place, time, method};
        for (Facet facet : Facet.values()) {
            FacetStatus status = statuses[facet.ordinal()];
            v.require(status != null, facet.field(), "must be SHARED or WITHHELD");
        }
        for (String key : withheldReasons.keySet()) {
            boolean known = false;
            for (Facet facet : Facet.values()) {
                known |= facet.field().equals(key);
            }
            v.require(known, "withheldReasons." + key, "is not a facet (use actor, target, place, time or method)");
        }
        v.orThrow();
    }

    /** Every withheld facet needs a reason: it is the record of what was known but not shared. */
    Violations missingReasons(String prefix) {
        Violations v = Violations.check();
        for (Facet facet : withheld()) {
            v.require(withheldReasons.containsKey(facet.field()), prefix + facet.field(),
                    "say why the " + facet.field() + " is withheld (it is part of the record of what was known "
                            + "but not shared)");
        }
        return v;
    }

    /** Merges reasons given beside the facets (the API accepts both places). */
    Facets withReasons(Map<String, String> more) {
        if (more == null || more.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(withheldReasons);
        merged.putAll(more);
        return new Facets(actor, target, place, time, method, merged);
    }

    /** The same facets without the reasons, which describe what is protected (for receipts and the audit chain). */
    Facets withoutReasons() {
        return new Facets(actor, target, place, time, method, Map.of());
    }

    /** Each facet's status by field name, without reasons: what receipts and the audit chain record. */
    Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            statuses.put(facet.field(), status(facet).name());
        }
        return statuses;
    }

    @JsonIgnore
    public FacetStatus status(Facet facet) {
        return switch (facet) {
            case ACTOR -> actor;
            case TARGET -> target;
            case PLACE -> place;
            case TIME -> time;
            case METHOD -> method;
        };
    }

    @JsonIgnore
    public List<Facet> shared() {
        List<Facet> shared = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (status(f) == FacetStatus.SHARED) {
                shared.add(f);
            }
        }
        return shared;
    }

    @JsonIgnore
    public List<Facet> withheld() {
        List<Facet> withheld = new ArrayList<>(List.of(Facet.values()));
        withheld.removeAll(shared());
        return withheld;
    }
}
