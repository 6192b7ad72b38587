package org.forewarn.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CAP {@code msgType}: the first message of a series, a new version, or its withdrawal. */
public enum MsgType {
    @JsonProperty("Alert") ALERT,
    @JsonProperty("Update") UPDATE,
    @JsonProperty("Cancel") CANCEL;

    public String cap() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    @Override
    public String toString() {
        return cap();
    }
}
