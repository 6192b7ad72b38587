package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("CorrectiveActionCancelled")
public record CorrectiveActionCancelled(UUID actionId, UUID findingId, UUID threatId, String cancelledBy,
                                        String reason) implements CorrectiveActionEvent {
}
