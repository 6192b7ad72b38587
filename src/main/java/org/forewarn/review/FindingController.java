package org.forewarn.review;

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

/** The analysts' findings of an after-action review and the improvement plan (HSEEP). */
@RestController
@RequestMapping("/api/v1")
class FindingController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";
    private static final String WRITERS = "hasAnyRole('ANALYST','APPROVER')";

    private final Findings findings;

    FindingController(Findings findings) {
        this.findings = findings;
    }

    @PostMapping("/threats/{threatId}/findings")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record a finding: a strength, or an area for improvement with its root cause",
            description = "Analysts and approvers cleared for the case. No text may reveal the case's protected "
                    + "content (422 naming the field): findings go into a report shown to oversight.")
    ResponseEntity<FindingView> record(@PathVariable UUID threatId, @RequestBody RecordFinding command) {
        FindingView created = findings.record(threatId, command);
        return ResponseEntity.created(URI.create("/api/v1/findings/" + created.id())).body(created);
    }

    @GetMapping("/threats/{threatId}/findings")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's findings, most recently recorded first, each with its corrective actions",
            description = PageResponses.PAGED)
    ResponseEntity<Page<FindingView>> forThreat(@PathVariable UUID threatId,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(findings.page(threatId, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/findings/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One finding with its corrective actions")
    FindingView one(@PathVariable UUID id) {
        return findings.finding(id);
    }

    @PostMapping("/findings/{findingId}/actions")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Plan a corrective action for an area for improvement",
            description = "The HSEEP improvement-plan columns: capability element, description, responsible "
                    + "organisation, point of contact (an active Forewarn user cleared for the case), start and "
                    + "completion date. A strength gets no corrective actions (422).")
    ResponseEntity<CorrectiveActionView> plan(@PathVariable UUID findingId,
            @RequestBody PlanCorrectiveAction command) {
        CorrectiveActionView created = findings.planAction(findings.caseOfFinding(findingId), findingId, command);
        return ResponseEntity.created(URI.create("/api/v1/corrective-actions/" + created.id())).body(created);
    }

    @GetMapping("/corrective-actions")
    @PreAuthorize(READERS)
    @Operation(summary = "Corrective actions, most recently planned first",
            description = "`owner=me` keeps the caller's own (where they are the point of contact); `status` "
                    + "keeps one status." + PageResponses.PAGED)
    ResponseEntity<Page<CorrectiveActionView>> actions(
            @Parameter(description = "a username, or `me`") @RequestParam(required = false) String owner,
            @RequestParam(required = false) ActionStatus status,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(findings.actions(owner, status, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/corrective-actions/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One corrective action")
    CorrectiveActionView action(@PathVariable UUID id) {
        return findings.action(id);
    }

    @PostMapping("/corrective-actions/{id}/completion")
    @PreAuthorize(READERS)
    @Operation(summary = "Record that a corrective action is done",
            description = "Its point of contact, or an analyst or approver; cleared for the case. Once only (409).")
    CorrectiveActionView complete(@PathVariable UUID id, @RequestBody CompleteCorrectiveAction command) {
        return findings.completeAction(findings.caseOfAction(id), id, command);
    }

    @PostMapping("/corrective-actions/{id}/cancellation")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Cancel a corrective action, saying why", description = "Analysts and approvers cleared "
            + "for the case; only an open action (409 otherwise).")
    CorrectiveActionView cancel(@PathVariable UUID id, @RequestBody CancelCorrectiveAction command) {
        return findings.cancelAction(findings.caseOfAction(id), id, command);
    }
}
