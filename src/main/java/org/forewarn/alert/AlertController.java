package org.forewarn.alert;

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

@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private static final String READERS = "hasAnyRole('CONSULAR','ANALYST','APPROVER','LIAISON','AUDITOR')";
    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @PostMapping
    @PreAuthorize("hasRole('CONSULAR')")
    ResponseEntity<AlertView> draft(@RequestBody DraftAlert command) {
        AlertView created = alerts.draft(command);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Alert messages (drafts included), most recently written first, one page at a time",
            description = "Every message: drafts, those awaiting release, published, superseded and cancelled ones, "
                    + "updates and cancels. Ties in the time written are broken by id, so every message appears "
                    + "exactly once however the list is paged. Filters: `q` (words in the headline, event, sender or "
                    + "area description; web-search syntax), `status`." + PageResponses.PAGED)
    ResponseEntity<Page<AlertView>> page(
            @Parameter(description = "words to find (headline, event, sender, area)") @RequestParam(required = false) String q,
            @RequestParam(required = false) AlertStatus status,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(alerts.page(new AlertFilter(q, status), PageRequest.of(limit, cursor)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    AlertView one(@PathVariable UUID id) {
        return alerts.view(id);
    }

    /**
     * Publishes a draft — or, when the caller is not cleared for the linked threat, submits it to a
     * cleared approver's release (status AWAITING_RELEASE), whatever the text says.
     */
    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('CONSULAR')")
    @Operation(summary = "Publish a draft, or submit it for release", description = "Publishes the draft. If the "
            + "caller is not cleared for the linked threat, the draft goes to a cleared approver's release instead "
            + "(status AWAITING_RELEASE), whatever it says; a caller cleared for the threat gets 422 naming the fields "
            + "and the protected content they reveal.")
    AlertView publish(@PathVariable UUID id) {
        return alerts.publish(id);
    }

    @PostMapping("/{id}/update")
    @PreAuthorize("hasRole('CONSULAR')")
    @Operation(summary = "Publish a new version", description = "A new message (msgType Update) that goes out like "
            + "a draft does: published at once, or AWAITING_RELEASE when the caller is not cleared for the threat.")
    ResponseEntity<AlertView> update(@PathVariable UUID id, @RequestBody UpdateAlert command) {
        AlertView next = alerts.update(id, command);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + next.id())).body(next);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('CONSULAR')")
    @Operation(summary = "Cancel an alert", description = "A Cancel message. With a note written by someone not "
            + "cleared for the linked threat it waits for release (AWAITING_RELEASE); otherwise it is published at once.")
    ResponseEntity<AlertView> cancel(@PathVariable UUID id, @RequestBody(required = false) CancelAlert command) {
        AlertView cancel = alerts.cancel(id, command != null ? command : new CancelAlert(null));
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + cancel.id())).body(cancel);
    }

    /**
     * The message awaiting release and what the protected-content check finds in it: for an
     * approver cleared for the linked threat who did not write it (403 otherwise).
     */
    @GetMapping("/{id}/release-review")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(summary = "Review a message awaiting release", description = "The message and the protected content "
            + "of the linked threat found in each public field. Only for an approver cleared for the threat "
            + "(classification and compartments) who did not write the message; others get 403.")
    ReleaseReview releaseReview(@PathVariable UUID id) {
        return alerts.releaseReview(id);
    }

    /**
     * {@code {decision: RELEASE|RETURN, note}}: publishes the message (refused with 422 while it
     * reveals protected content) or sends it back to its writer with the note. Same approvers as
     * the review.
     */
    @PostMapping("/{id}/release")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(summary = "Release or return a message awaiting release", description = "{decision: RELEASE|RETURN, "
            + "note}. RELEASE publishes it (422 while it reveals protected content); RETURN sends it back to the "
            + "writer with the note (required). Notes are checked for protected content. Same approvers as the review.")
    AlertView release(@PathVariable UUID id, @RequestBody ReleaseDecision decision) {
        return alerts.release(id, decision);
    }
}
