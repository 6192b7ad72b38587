package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("CorrectiveActionCompleted")
public record CorrectiveActionCompleted(UUID actionId, UUID findingId, UUID threatId, String completedBy,
                                        String note) implements CorrectiveActionEvent {
}
