package org.forewarn.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.web.bind.annotation.RequestParam;
import java.net.URI;
import java.util.List;
import java.util.UUID;

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
class DeterminationController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final Assessments assessments;

    DeterminationController(Assessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/threats/{threatId}/determinations")
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<DeterminationView> propose(@PathVariable UUID threatId, @RequestBody ProposeDetermination proposal) {
        DeterminationView created = assessments.propose(threatId, proposal);
        return ResponseEntity.created(URI.create("/api/v1/determinations/" + created.id())).body(created);
    }

    @GetMapping("/threats/{threatId}/determinations")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's determinations, most recently proposed first", description = PageResponses.PAGED)
    ResponseEntity<Page<DeterminationView>> forThreat(@PathVariable UUID threatId,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(assessments.page(threatId, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/determinations/{id}")
    @PreAuthorize(READERS)
    DeterminationView one(@PathVariable UUID id) {
        return assessments.view(id);
    }

    @PostMapping("/determinations/{id}/approval")
    @PreAuthorize("hasRole('APPROVER')")
    DeterminationView decide(@PathVariable UUID id, @RequestBody DecideDetermination decision) {
        return assessments.decide(id, decision);
    }
}
