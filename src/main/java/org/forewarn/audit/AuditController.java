package org.forewarn.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AuditController {

    private final AuditLog log;
    private final ChainMonitor monitor;
    private final Receipts receipts;

    AuditController(AuditLog log, ChainMonitor monitor, Receipts receipts) {
        this.log = log;
        this.monitor = monitor;
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
    @Operation(summary = "The audit chain in its own order, oldest first",
            description = "Of one case (`caseId`) or of everything. `after` starts after a sequence number (to "
                    + "resume reading the chain where you stopped); otherwise pass the page's `next` as `cursor`."
                    + PageResponses.PAGED)
    ResponseEntity<Page<AuditEntryView>> entries(@RequestParam(required = false) UUID caseId,
            @Parameter(description = "start after this sequence number") @RequestParam(required = false) Long after,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        if (after != null) {
            if (cursor != null) {
                throw InvalidInput.of("after", "give either `after` (a sequence number) or `cursor`, not both");
            }
            request = PageRequest.after(request.limit(), Keyset.ofSequence(after));
        }
        return PageResponses.of(Page.of(log.page(caseId, request), request, e -> Keyset.ofSequence(e.sequence()))
                .map(AuditEntryView::of));
    }

    @GetMapping("/audit/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    ChainVerification verify() {
        // Through the monitor: an auditor's verification updates the metrics as the periodic one does.
        return monitor.verify();
    }

    @GetMapping("/signing-key")
    @PreAuthorize("isAuthenticated()")
    Map<String, String> signingKey() {
        return receipts.publicJwk();
    }

    /** Every key receipts here were signed with (several nodes, or a replaced key), as a JWK Set. */
    @GetMapping("/signing-keys")
    @PreAuthorize("isAuthenticated()")
    Map<String, List<Map<String, String>>> signingKeys() {
        return receipts.signingKeys();
    }
}
