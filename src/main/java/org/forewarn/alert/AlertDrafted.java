package org.forewarn.alert;

import java.util.UUID;

/**
 * A draft was saved. It carries no text: a draft linked to a threat has not been checked yet (its
 * writer may not be cleared for the threat), and the audit log is read by people not cleared either.
 */
@org.forewarn.shared.EventType("AlertDrafted")
public record AlertDrafted(UUID alertId, UUID threatId, String draftedBy) implements AlertEvent {
}
