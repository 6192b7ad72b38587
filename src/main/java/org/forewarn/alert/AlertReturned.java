package org.forewarn.alert;

import java.util.UUID;

/**
 * A cleared approver sent a message back to its writer instead of releasing it. The note is what
 * the writer reads; it has passed the protected-content check, and no findings are recorded here.
 */
@org.forewarn.shared.EventType("AlertReturned")
public record AlertReturned(UUID alertId, UUID threatId, String returnedBy, String note) implements AlertEvent {
}
