package org.forewarn.attribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;
import org.forewarn.shared.EventType;

/**
 * A claim was recorded; its texts were checked against the case's protected content first. The case
 * timeline places it at {@code madeAt}.
 */
@EventType("ClaimRecorded")
public record ClaimRecorded(UUID claimId, UUID threatId, String party, ClaimKind kind, String statement,
                            Wording wording, String subject, Instant madeAt, Instant learnedAt, String sourceOutlet,
                            String sourceUrl, String sourceDocument, String grading, List<UUID> warningIds,
                            String recordedBy) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Claim";
    }

    @Override
    public UUID subjectId() {
        return claimId;
    }

    @Override
    public UUID caseId() {
        return threatId;
    }
}
