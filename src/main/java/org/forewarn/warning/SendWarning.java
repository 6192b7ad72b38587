package org.forewarn.warning;

import java.time.Instant;

import org.forewarn.shared.Violations;

/**
 * Sending a warning. For the LIAISON channel it records the hand-over: who handed it over, a
 * note, and when (now if absent). E-mail and webhook need no fields.
 */
public record SendWarning(String deliveredBy, String handoverNote, Instant handedOverAt) {

    public SendWarning {
        Violations.check()
                .maxLength(deliveredBy, 200, "deliveredBy")
                .time(handedOverAt, "handedOverAt")
                .maxLength(handoverNote, 5000, "handoverNote")
                .orThrow();
    }

    static SendWarning none() {
        return new SendWarning(null, null, null);
    }
}
