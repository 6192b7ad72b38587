package org.forewarn.audit;

import org.forewarn.shared.Keyset;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Reading the audit chain (for the console's audit page); writing is the listener's alone. */
@Service
public class AuditTrail {

    private final AuditLog log;
    private final ChainVerifier verifier;

    AuditTrail(AuditLog log, ChainVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    /** An entry as shown: payload as JSON text, with the hashes that chain it. */
    public record Entry(long sequence, Instant recordedAt, Instant occurredAt, String eventType, String actor,
                        String subjectType, UUID subjectId, UUID caseId, String payload, String prevHash,
                        String hash) {
    }

    /** How many entries the chain holds (of one case, or all): exact up to a point, then about. */
    public ListCount count(UUID caseId) {
        return log.count(caseId);
    }

    /** One page of the chain in its own order (oldest first), of one case or of everything. */
    public Page<Entry> page(UUID caseId, PageRequest request) {
        return Page.of(log.page(caseId, request), request, e -> Keyset.ofSequence(e.sequence())).map(AuditTrail::entry);
    }

    private static Entry entry(AuditEntry e) {
        return new Entry(e.sequence(), e.recordedAt(), e.occurredAt(), e.eventType(), e.actor(), e.subjectType(),
                e.subjectId(), e.caseId(), CanonicalJson.write(AuditPayloads.forReaders(e.payload()).payload()),
                e.prevHash(), e.hash());
    }

    public ChainVerification verify() {
        return verifier.verify();
    }
}
