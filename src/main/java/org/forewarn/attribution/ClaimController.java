package org.forewarn.attribution;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** The claims ledger: who claimed, attributed, denied or characterised what, and where we read it. */
@RestController
@RequestMapping("/api/v1")
class ClaimController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final Claims claims;

    ClaimController(Claims claims) {
        this.claims = claims;
    }

    @PostMapping("/threats/{threatId}/claims")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Record a claim: a party's claim of responsibility, attribution, denial, rebuttal or "
            + "statement about our warning",
            description = "Analysts cleared for the case. The subject is required for an attribution or a claim of "
                    + "responsibility; `madeOn` (a day) may stand for `madeAt` (midnight in the case's zone); "
                    + "`learnedAt` defaults to now and is never before `madeAt`. `warningIds` must be warnings of "
                    + "this case (422). No text may reveal the case's protected content (422 naming the field). "
                    + "Disputed attributions are separate claims: nothing is merged.")
    ResponseEntity<ClaimView> record(@PathVariable UUID threatId, @RequestBody RecordClaim command) {
        ClaimView created = claims.record(threatId, command);
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id())).body(created);
    }

    @GetMapping("/threats/{threatId}/claims")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's claims, the most recently made first",
            description = "`kind` keeps one kind; `party` keeps parties whose name contains it." + PageResponses.PAGED)
    ResponseEntity<Page<ClaimView>> forThreat(@PathVariable UUID threatId,
            @RequestParam(required = false) ClaimKind kind,
            @Parameter(description = "part of the party's name") @RequestParam(required = false) String party,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(claims.page(threatId, kind, party, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/claims/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One claim")
    ClaimView one(@PathVariable UUID id) {
        return claims.claim(id);
    }

    @GetMapping("/warnings/{warningId}/claims")
    @PreAuthorize(READERS)
    @Operation(summary = "The claims about one of our warnings, the most recently made first",
            description = "What others said about the warning (\"too general\"), to read next to its receipt."
                    + PageResponses.PAGED)
    ResponseEntity<Page<ClaimView>> aboutWarning(@PathVariable UUID warningId,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(claims.aboutWarning(warningId, PageRequest.of(limit, cursor)));
    }
}
