package org.forewarn.warning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.web.bind.annotation.RequestParam;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.Receipt;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class WarningController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final Warnings warnings;

    WarningController(Warnings warnings) {
        this.warnings = warnings;
    }

    record TextToCheck(String text) {
    }

    @PostMapping("/threats/{threatId}/tearline-check")
    @PreAuthorize("hasRole('ANALYST')")
    TearlineResult checkTearline(@PathVariable UUID threatId, @RequestBody TextToCheck body) {
        return warnings.checkTearline(threatId, body.text());
    }

    @PostMapping("/threats/{threatId}/warnings")
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<WarningView> draft(@PathVariable UUID threatId, @RequestBody DraftWarning command) {
        WarningView created = warnings.draft(threatId, command);
        return ResponseEntity.created(URI.create("/api/v1/warnings/" + created.id())).body(created);
    }

    @GetMapping("/threats/{threatId}/warnings")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's warnings, most recently drafted first",
            description = "Each redacted as the caller's clearance requires." + PageResponses.PAGED)
    ResponseEntity<Page<WarningView>> forThreat(@PathVariable UUID threatId,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(warnings.page(threatId, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/warnings/{id}")
    @PreAuthorize(READERS)
    WarningView one(@PathVariable UUID id) {
        return warnings.view(id);
    }

    @PostMapping("/warnings/{id}/approval")
    @PreAuthorize("hasRole('APPROVER')")
    WarningView decide(@PathVariable UUID id, @RequestBody(required = false) DecideWarning decision) {
        return warnings.decide(id, decision != null ? decision : new DecideWarning(null, null));
    }

    /** The text beside the protected details, for an approver cleared for the case. */
    @GetMapping("/warnings/{id}/approval-review")
    @PreAuthorize("hasRole('APPROVER')")
    ApprovalReview approvalReview(@PathVariable UUID id) {
        return warnings.approvalReview(id);
    }

    @PostMapping("/warnings/{id}/send")
    @PreAuthorize("hasRole('LIAISON')")
    WarningView send(@PathVariable UUID id, @RequestBody(required = false) SendWarning command) {
        return warnings.send(id, command != null ? command : SendWarning.none());
    }

    @PostMapping("/warnings/{id}/acknowledgment")
    @PreAuthorize("hasRole('LIAISON')")
    WarningView acknowledge(@PathVariable UUID id, @RequestBody AcknowledgeWarning ack) {
        return warnings.acknowledge(id, ack);
    }

    @PostMapping("/warnings/{id}/responses")
    @PreAuthorize("hasRole('LIAISON')")
    WarningView respond(@PathVariable UUID id, @RequestBody RecordResponse response) {
        return warnings.recordResponse(id, response);
    }

    @PostMapping("/warnings/{id}/escalation")
    @PreAuthorize("hasAnyRole('LIAISON','APPROVER')")
    WarningView escalate(@PathVariable UUID id, @RequestBody EscalateWarning escalation) {
        return warnings.escalate(id, escalation);
    }

    @GetMapping("/warnings/{id}/receipt")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','AUDITOR')")
    Map<String, Object> receipt(@PathVariable UUID id) {
        Receipt receipt = warnings.receipt(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("warningId", receipt.warningId());
        body.put("payload", receipt.payload());
        body.put("canonicalPayload", receipt.canonicalPayload());
        body.put("jws", receipt.jws());
        body.put("keyId", receipt.keyId());
        body.put("issuedAt", receipt.issuedAt());
        body.put("verify", "GET /api/v1/signing-key for the Ed25519 public key (JWK); see docs/receipts.md");
        return body;
    }
}
