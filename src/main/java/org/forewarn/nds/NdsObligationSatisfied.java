package org.forewarn.nds;

import java.util.UUID;

/** @param minutesOpen how long the public waited after the officials were warned */
@org.forewarn.shared.EventType("NdsObligationSatisfied")
public record NdsObligationSatisfied(UUID threatId, UUID alertId, long minutesOpen) implements NdsEvent {
}
