package org.forewarn.alert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.forewarn.shared.Violations;

/** The national CAP profiles a message follows, each once, in the order given; stored as one jsonb value. */
record Profiles(List<CapProfile> items) {

    static final Profiles NONE = new Profiles(List.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Profiles {
        items = items == null ? List.of() : List.copyOf(new LinkedHashSet<>(items));
    }

    /** The profiles as given in a command: null is none, a null entry is refused, a repeat is dropped. */
    static List<CapProfile> given(List<CapProfile> given, Violations v) {
        if (given == null) {
            return List.of();
        }
        boolean named = given.stream().allMatch(Objects::nonNull);
        v.require(named, "profiles", "each entry must be one of IPAWS_V1, CAP_CP, CAP_AU");
        return named ? new Profiles(given).items() : List.of();
    }

    @JsonValue
    @Override
    public List<CapProfile> items() {
        return items;
    }
}
