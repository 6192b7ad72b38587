package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningApproved(UUID warningId, UUID threatId, String approvedBy, String note) implements DomainEvent {

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
