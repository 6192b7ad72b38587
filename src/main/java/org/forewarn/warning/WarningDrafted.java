package org.forewarn.warning;

import java.util.UUID;

public record WarningDrafted(UUID warningId, UUID threatId, UUID recipientId, String recipientName,
                             String relationship, String channel, String releasableText, Facets facets,
                             int specificity, String draftedBy) implements WarningEvent {
}
