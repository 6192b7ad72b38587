package org.forewarn.fanout;

import org.forewarn.alert.AlertEvent;

import java.util.UUID;

/** Every message of a fan-out reached a final state. */
@org.forewarn.shared.EventType("FanOutCompleted")
public record FanOutCompleted(UUID alertId, UUID threatId, long sent, long delivered, long failed)
        implements AlertEvent {
}
