package org.forewarn.threat;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("ThreatClosed")
public record ThreatClosed(UUID threatId, String closedBy, String reason) implements ThreatEvent {
}
