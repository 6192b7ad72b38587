package org.forewarn.threat;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** Something that happened in the case: the attack itself, an arrest, a foiled plot. */
@Table("threat_incidents")
public record Incident(Instant occurredAt, String place, String description, Integer dead, Integer injured,
                       String recordedBy, Instant recordedAt) {
}
