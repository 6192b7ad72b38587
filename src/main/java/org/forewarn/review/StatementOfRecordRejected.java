package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("StatementOfRecordRejected")
public record StatementOfRecordRejected(UUID statementId, UUID warningId, UUID threatId, String rejectedBy,
                                        String note) implements StatementOfRecordEvent {
}
