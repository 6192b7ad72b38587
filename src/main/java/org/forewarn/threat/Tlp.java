package org.forewarn.threat;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Traffic Light Protocol 2.0 marking: how far the information may be shared. */
public enum Tlp {
    @JsonProperty("TLP:CLEAR") CLEAR("TLP:CLEAR"),
    @JsonProperty("TLP:GREEN") GREEN("TLP:GREEN"),
    @JsonProperty("TLP:AMBER") AMBER("TLP:AMBER"),
    @JsonProperty("TLP:AMBER+STRICT") AMBER_STRICT("TLP:AMBER+STRICT"),
    @JsonProperty("TLP:RED") RED("TLP:RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
