package org.forewarn.alerting;

import java.util.UUID;

public record AlertDrafted(UUID alertId, UUID threatId, String headline, String draftedBy) implements AlertEvent {
}
