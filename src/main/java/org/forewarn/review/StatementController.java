package org.forewarn.review;

import java.net.URI;
import java.util.UUID;

import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@RestController
@RequestMapping("/api/v1")
class StatementController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final StatementsOfRecord statements;

    StatementController(StatementsOfRecord statements) {
        this.statements = statements;
    }

    @PostMapping("/warnings/{warningId}/statements")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(summary = "Draft a releasable statement of record about a delivered warning",
            description = "By an approver cleared for the case. Give `text`, or leave it out to have it drafted "
                    + "from what the delivered text contains. It must quote the delivered text exactly (422 "
                    + "`statement-must-quote`) and reveal nothing protected (422 `tearline-leak`); 409 "
                    + "`no-receipt-yet` while the warning is not delivered. Another approver decides it.")
    ResponseEntity<StatementView> draft(@PathVariable UUID warningId,
            @RequestBody(required = false) DraftStatement command) {
        StatementView created = statements.draft(warningId, command != null ? command : DraftStatement.generated());
        return ResponseEntity.created(URI.create("/api/v1/statements/" + created.id())).body(created);
    }

    @GetMapping("/warnings/{warningId}/statements/draft")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(summary = "The statement of record Forewarn would draft, not stored",
            description = "For an approver cleared for the case to start from; 409 while the warning is not delivered.")
    StatementsOfRecord.GeneratedStatement generated(@PathVariable UUID warningId) {
        return statements.generatedDraft(warningId);
    }

    @GetMapping("/warnings/{warningId}/statements")
    @PreAuthorize(READERS)
    @Operation(summary = "The warning's statements of record, most recently drafted first",
            description = "Approved ones carry the receipt and the public key that prove them." + PageResponses.PAGED)
    ResponseEntity<Page<StatementView>> forWarning(@PathVariable UUID warningId,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(statements.page(warningId, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/statements/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One statement of record; once approved, with its receipt and the public key")
    StatementView one(@PathVariable UUID id) {
        return statements.view(id);
    }

    @PostMapping("/statements/{id}/decision")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(summary = "Approve or reject a drafted statement of record",
            description = "`{\"approve\": true|false, \"note\": \"...\"}` (a note is required to reject). By an "
                    + "approver cleared for the case who did not draft it (403 `separation-of-duties`); a "
                    + "statement is decided once (409).")
    StatementView decide(@PathVariable UUID id, @RequestBody DecideStatement decision) {
        return statements.decide(id, decision);
    }

    @GetMapping("/statements/{id}/bundle")
    @PreAuthorize(READERS)
    @Operation(summary = "An approved statement of record as a self-contained, verifiable document",
            description = "The statement, the delivery it speaks of (as the signed receipt has it), the receipt's "
                    + "JWS, the public key (JWK) and the steps to verify offline (scripts/verify-statement.sh, "
                    + "docs/receipts.md). Holds only releasable content. 409 unless the statement is approved.")
    StatementBundle bundle(@PathVariable UUID id) {
        return statements.bundle(id);
    }
}
