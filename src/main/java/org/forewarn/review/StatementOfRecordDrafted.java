package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** The text is releasable (it passed the tearline check), so the record holds it whole. */
@EventType("StatementOfRecordDrafted")
public record StatementOfRecordDrafted(UUID statementId, UUID warningId, UUID threatId, String warningReference,
                                       String text, String draftedBy) implements StatementOfRecordEvent {
}
