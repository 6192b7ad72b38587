package org.forewarn.threat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.springframework.format.annotation.DateTimeFormat;
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
            description = "`limit` (1-500, default 50) rows after `cursor`. Ties in the time received are broken by "
                    + "id, so every threat appears exactly once however the list is paged. Each threat is redacted "
                    + "as the caller's clearance requires. Every filter is optional and they combine: `q` (full-text "
                    + "search over title, summary, actor, targets and places, never protected details; web-search "
                    + "syntax), `status`, `harm`, `classification`, `receivedFrom` / `receivedTo` (ISO-8601 "
                    + "instants), `country` (a target's ISO 3166-1 alpha-2 code), `recipient` (a warning on the case "
                    + "was drafted to it), `awaitingApproval=true` (a warning waits for an approver), "
                    + "`deadlineWithin` (e.g. `PT24H` or `24h`: the warning deadline falls within that time or has "
                    + "passed, and nothing has been sent yet)." + PageResponses.PAGED)
    ResponseEntity<Page<ThreatView>> page(
            @Parameter(description = "words to find (title, summary, actor, targets, places)") @RequestParam(required = false) String q,
            @RequestParam(required = false) ThreatStatus status, @RequestParam(required = false) HarmType harm,
            @RequestParam(required = false) Clearance classification,
            @Parameter(description = "received at or after, e.g. 2024-03-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant receivedFrom,
            @Parameter(description = "received before, e.g. 2024-04-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant receivedTo,
            @Parameter(description = "a target's country, ISO 3166-1 alpha-2 (RU, FR)") @RequestParam(required = false) String country,
            @Parameter(description = "id of a recipient a warning on the case was drafted to") @RequestParam(required = false) UUID recipient,
            @Parameter(description = "only cases with a warning awaiting approval") @RequestParam(defaultValue = "false") boolean awaitingApproval,
            @Parameter(description = "only cases whose warning deadline is this close (PT24H, 24h) or passed, with no warning sent")
            @RequestParam(required = false) String deadlineWithin,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        ThreatFilter filter = new ThreatFilter(q, status, harm, classification, receivedFrom, receivedTo, country,
                recipient, awaitingApproval, ThreatFilter.duration("deadlineWithin", deadlineWithin));
        return PageResponses.of(threats.page(filter, PageRequest.of(limit, cursor)));
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
