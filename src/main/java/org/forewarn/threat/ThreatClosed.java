package org.forewarn.threat;

import java.util.UUID;

public record ThreatClosed(UUID threatId, String closedBy, String reason) implements ThreatEvent {
}
