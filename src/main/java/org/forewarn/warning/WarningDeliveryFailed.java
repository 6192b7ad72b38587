package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningDeliveryFailed")
public record WarningDeliveryFailed(UUID warningId, UUID threatId, String channel,
                                    String reason) implements WarningEvent {
}
