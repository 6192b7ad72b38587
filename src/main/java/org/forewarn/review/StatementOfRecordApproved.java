package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("StatementOfRecordApproved")
public record StatementOfRecordApproved(UUID statementId, UUID warningId, UUID threatId, String approvedBy,
                                        String note) implements StatementOfRecordEvent {
}
