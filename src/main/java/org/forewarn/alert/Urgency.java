package org.forewarn.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CAP 1.2 {@code urgency} values, spelled as CAP spells them. */
public enum Urgency {
    @JsonProperty("Immediate") IMMEDIATE,
    @JsonProperty("Expected") EXPECTED,
    @JsonProperty("Future") FUTURE,
    @JsonProperty("Past") PAST,
    @JsonProperty("Unknown") UNKNOWN;

    /** The CAP spelling, e.g. {@code Severe}. */
    public String cap() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    @Override
    public String toString() {
        return cap();
    }
}
