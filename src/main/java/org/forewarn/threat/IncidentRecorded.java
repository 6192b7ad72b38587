package org.forewarn.threat;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("IncidentRecorded")
public record IncidentRecorded(UUID threatId, Instant occurredAt, String place, String description, Integer dead,
                               Integer injured, String recordedBy) implements ThreatEvent {
}
