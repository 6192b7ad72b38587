package org.forewarn.recipient;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A recipient's channels, stored as one jsonb value. */
record Channels(List<Channel> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Channels {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonValue
    @Override
    public List<Channel> items() {
        return items;
    }
}
