package org.forewarn.alert;

import java.util.UUID;

/**
 * A cleared approver released a message for publication ({@link AlertPublished} follows). The note
 * has passed the same protected-content check as the alert.
 */
@org.forewarn.shared.EventType("AlertReleased")
public record AlertReleased(UUID alertId, UUID threatId, String releasedBy, String note) implements AlertEvent {
}
