package org.forewarn.warning;

import java.util.UUID;

public record WarningDeliveryFailed(UUID warningId, UUID threatId, String channel,
                                    String reason) implements WarningEvent {
}
