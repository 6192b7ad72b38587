package org.forewarn.audit;

import java.time.Instant;
import java.util.UUID;

/** One link of the chain, as stored. */
record AuditEntry(long sequence, Instant recordedAt, Instant occurredAt, String eventType, String actor, String subjectType,
                  UUID subjectId, UUID caseId, String payload, String prevHash, String hash) {

    /** What the hash covers: every stored field except the hash itself, in a fixed order. */
    static String hashInput(long sequence, Instant recordedAt, Instant occurredAt, String eventType, String actor,
            String subjectType, UUID subjectId, UUID caseId, String payload, String prevHash) {
        return String.join("\n", Long.toString(sequence), recordedAt.toString(), occurredAt.toString(), eventType, actor, subjectType,
                String.valueOf(subjectId), String.valueOf(caseId), payload, prevHash);
    }

    String expectedHash() {
        return Hashes.sha256Hex(hashInput(sequence, recordedAt, occurredAt, eventType, actor, subjectType, subjectId, caseId,
                payload, prevHash));
    }
}
