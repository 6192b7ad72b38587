package org.forewarn.alerting;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.Violations;

/** A new version of a published alert. Whatever is left out stays as it was. */
public record UpdateAlert(String headline, String event, String description, String instruction, String assistance,
                          Severity severity, Urgency urgency, Certainty certainty, AlertArea area, Instant expires,
                          List<Translation> languages) {

    public UpdateAlert {
        Violations.check()
                .maxLength(headline, 300, "headline").maxLength(event, 300, "event")
                .maxLength(description, 10_000, "description").maxLength(instruction, 10_000, "instruction")
                .maxLength(assistance, 5000, "assistance")
                .orThrow();
    }
}
