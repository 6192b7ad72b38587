package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningDrafted(UUID warningId, UUID threatId, UUID recipientId, String recipientName, String relationship, String channel, String releasableText, Facets facets, int specificity, String draftedBy) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Warning";
    }

    @Override
    public UUID subjectId() {
        return warningId;
    }

    @Override
    public UUID caseId() {
        return threatId;
    }
}
