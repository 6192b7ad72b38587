package org.forewarn.warning;

import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("WarningDrafted")
public record WarningDrafted(UUID warningId, UUID threatId, UUID recipientId, String recipientName,
                             String relationship, boolean approvalRequired, String channel, String releasableText, Map<String, String> facets,
                             int specificity, String draftedBy) implements WarningEvent {
}
