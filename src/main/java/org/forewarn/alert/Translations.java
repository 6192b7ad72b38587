package org.forewarn.alert;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An alert's translations, stored as one jsonb value. */
record Translations(List<StoredTranslation> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Translations {
        items = items == null ? List.of() : List.copyOf(items);
    }

    static Translations of(List<Translation> given) {
        return new Translations(given.stream().map(StoredTranslation::of).toList());
    }

    @JsonValue
    @Override
    public List<StoredTranslation> items() {
        return items;
    }
}
