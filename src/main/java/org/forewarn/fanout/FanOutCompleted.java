package org.forewarn.fanout;

import org.forewarn.alert.AlertEvent;

import java.util.UUID;

/** Every message of a fan-out reached a final state. */
public record FanOutCompleted(UUID alertId, UUID threatId, long sent, long delivered, long failed)
        implements AlertEvent {
}
