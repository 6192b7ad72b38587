package org.forewarn.threat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A threat's targets, stored together as one jsonb value. */
record Targets(List<Target> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Targets {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonValue
    @Override
    public List<Target> items() {
        return items;
    }
}
