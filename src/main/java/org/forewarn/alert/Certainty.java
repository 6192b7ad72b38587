package org.forewarn.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CAP 1.2 {@code certainty} values, spelled as CAP spells them. */
public enum Certainty {
    @JsonProperty("Observed") OBSERVED,
    @JsonProperty("Likely") LIKELY,
    @JsonProperty("Possible") POSSIBLE,
    @JsonProperty("Unlikely") UNLIKELY,
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
