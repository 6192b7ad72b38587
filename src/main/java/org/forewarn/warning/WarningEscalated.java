package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningEscalated(UUID warningId, UUID threatId, String escalatedBy, String note) implements DomainEvent {

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
