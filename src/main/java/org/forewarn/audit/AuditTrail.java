package org.forewarn.audit;

import org.forewarn.shared.Keyset;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit chain (for the console's audit page); writing is the listener's alone. */
@Service
public class AuditTrail {

    private final AuditLog log;
    private final ChainVerifier verifier;
    private final ChainMonitor monitor;

    AuditTrail(AuditLog log, ChainVerifier verifier, ChainMonitor monitor) {
        this.log = log;
        this.verifier = verifier;
        this.monitor = monitor;
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

    /**
     * Everything the chain holds on one case, in chain order, with the check of the stretch of the
     * chain it spans (from the case's first entry to its last, other cases' entries between included).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CaseRecord caseRecord(UUID caseId) {
        List<Entry> entries = log.forCase(caseId).stream().map(AuditTrail::entry).toList();
        if (entries.isEmpty()) {
            return new CaseRecord(entries, null);
        }
        long first = entries.get(0).sequence();
        long last = entries.get(entries.size() - 1).sequence();
        ChainVerification check = verifier.verifySegment(first, last);
        return new CaseRecord(entries, new Segment(first, last, check, entries.get(entries.size() - 1).hash()));
    }

    /** Everything the chain holds on one case, in chain order, as readers see it. */
    public List<Entry> caseEntries(UUID caseId) {
        return log.forCase(caseId).stream().map(AuditTrail::entry).toList();
    }

    /** A case's entries and the check of the stretch of chain they lie in. */
    public record CaseRecord(List<Entry> entries, Segment segment) {
    }

    /**
     * @param lastHash the hash of the case's last entry: quoting it pins the record as it stood
     */
    public record Segment(long firstSequence, long lastSequence, ChainVerification verification, String lastHash) {
    }

    private static Entry entry(AuditEntry e) {
        return new Entry(e.sequence(), e.recordedAt(), e.occurredAt(), e.eventType(), e.actor(), e.subjectType(),
                e.subjectId(), e.caseId(), CanonicalJson.write(AuditPayloads.forReaders(e.payload()).payload()),
                e.prevHash(), e.hash());
    }

    /** The whole chain, as the console's audit page shows it; the result is reported as every verification's is. */
    public ChainVerification verify() {
        return monitor.verify();
    }
}
