package org.forewarn.alerting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An alert's translations, stored as one jsonb value. */
record Translations(List<Translation> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Translations {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonValue
    @Override
    public List<Translation> items() {
        return items;
    }
}
