package org.forewarn.threat;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/threats")
class ThreatController {

    static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final Threats threats;

    ThreatController(Threats threats) {
        this.threats = threats;
    }

    @PostMapping
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<ThreatView> report(@RequestBody ReportThreat command) {
        ThreatView created = threats.report(command);
        return ResponseEntity.created(URI.create("/api/v1/threats/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Threats, most recently received first, one page at a time",
            description = "`limit` (1-500, default 50) rows after `cursor`. The body's `next` is the cursor of the "
                    + "following page (null on the last), also sent as `Link: <...>; rel=\"next\"`. Ties in the "
                    + "time received are broken by id, so every threat appears exactly once however the list is "
                    + "paged. Each threat is redacted as the caller's clearance requires. Filters: `q` (full-text "
                    + "search over title, summary, actor, targets and places, never protected details; web-search "
                    + "syntax), `status`, `harm`.")
    ResponseEntity<Page<ThreatView>> page(
            @Parameter(description = "words to find (title, summary, actor, targets, places)") @RequestParam(required = false) String q,
            @RequestParam(required = false) ThreatStatus status, @RequestParam(required = false) HarmType harm,
            @Parameter(description = "rows per page, 1-500 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "the `next` of the previous page, passed back unchanged; absent for the first page")
            @RequestParam(required = false) String cursor) {
        return PageResponses.of(threats.page(new ThreatFilter(q, status, harm), PageRequest.of(limit, cursor)));
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER')")
    ThreatView close(@PathVariable UUID id, @RequestBody CloseThreat command) {
        return threats.close(id, command);
    }

    @PostMapping("/{id}/incidents")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER')")
    ResponseEntity<ThreatView> recordIncident(@PathVariable UUID id, @RequestBody RecordIncident command) {
        return ResponseEntity.status(201).body(threats.recordIncident(id, command));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    ThreatView one(@PathVariable UUID id) {
        return threats.view(id);
    }
}
