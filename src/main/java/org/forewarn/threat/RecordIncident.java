package org.forewarn.threat;

import java.time.Instant;

import org.forewarn.shared.Violations;

public record RecordIncident(Instant occurredAt, String place, String description, Integer dead, Integer injured) {

    public RecordIncident {
        Violations.check()
                .notNull(occurredAt, "occurredAt").time(occurredAt, "occurredAt")
                .maxLength(place, 300, "place")
                .notBlank(description, "description").maxLength(description, 10_000, "description")
                .require(dead == null || dead >= 0, "dead", "must not be negative")
                .require(injured == null || injured >= 0, "injured", "must not be negative")
                .orThrow();
    }
}
