package org.forewarn.fanout;

import org.forewarn.alert.AlertEvent;

import java.util.UUID;

/** The people in the area were found and their messages queued. Counts only: no personal data. */
@org.forewarn.shared.EventType("AlertFannedOut")
public record AlertFannedOut(UUID alertId, UUID threatId, long people, long messages) implements AlertEvent {
}
