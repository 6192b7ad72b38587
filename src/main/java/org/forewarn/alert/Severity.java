package org.forewarn.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CAP 1.2 {@code severity} values, spelled as CAP spells them. */
public enum Severity {
    @JsonProperty("Extreme") EXTREME,
    @JsonProperty("Severe") SEVERE,
    @JsonProperty("Moderate") MODERATE,
    @JsonProperty("Minor") MINOR,
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
