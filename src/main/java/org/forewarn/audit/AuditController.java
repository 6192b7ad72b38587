package org.forewarn.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AuditController {

    private final AuditLog log;
    private final ChainVerifier verifier;
    private final Receipts receipts;

    AuditController(AuditLog log, ChainVerifier verifier, Receipts receipts) {
        this.log = log;
        this.verifier = verifier;
        this.receipts = receipts;
    }

    /**
     * An entry as shown: the payload as JSON, with the hashes that chain it.
     *
     * @param payloadRedacted true when internal members were left out of the payload (see
     *                        {@link AuditPayloads}); such an entry's hash cannot be recomputed from the view,
     *                        {@code GET /audit/verify} checks it on the server
     */
    record AuditEntryView(long sequence, java.time.Instant recordedAt, java.time.Instant occurredAt, String eventType,
                          String actor, String subjectType, UUID subjectId, UUID caseId, Object payload,
                          boolean payloadRedacted, String prevHash, String hash) {
        static AuditEntryView of(AuditEntry e) {
            AuditPayloads.Shown shown = AuditPayloads.forReaders(e.payload());
            return new AuditEntryView(e.sequence(), e.recordedAt(), e.occurredAt(), e.eventType(), e.actor(),
                    e.subjectType(), e.subjectId(), e.caseId(), shown.payload(), shown.redacted(), e.prevHash(),
                    e.hash());
        }
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    List<AuditEntryView> entries(@RequestParam(required = false) UUID caseId,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInput.of("limit", "must be between 1 and 1000");
        }
        return log.page(caseId, after, limit).stream().map(AuditEntryView::of).toList();
    }

    @GetMapping("/audit/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    ChainVerification verify() {
        return verifier.verify();
    }

    @GetMapping("/signing-key")
    @PreAuthorize("isAuthenticated()")
    Map<String, String> signingKey() {
        return receipts.publicJwk();
    }
}
