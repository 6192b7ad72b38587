package org.forewarn.warning;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;

public record WarningResponseRecorded(UUID warningId, UUID threatId, ResponseKind kind, Instant receivedAt, String text, String source, String recordedBy) implements DomainEvent {

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
