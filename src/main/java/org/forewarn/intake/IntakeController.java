package org.forewarn.intake;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.forewarn.threat.ReportThreat;
import org.forewarn.threat.ThreatView;
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
@RequestMapping("/api/v1/intake")
class IntakeController {

    private final IntakeFeeds feeds;
    private final IncomingReporting reporting;

    IntakeController(IntakeFeeds feeds, IncomingReporting reporting) {
        this.feeds = feeds;
        this.reporting = reporting;
    }

    @PostMapping("/feeds")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Poll a partner's TAXII 2.1 collection for reporting",
            description = "`{name, collectionUrl, username?, password?, sourceReliability: A-F, recipientId?}`. The "
                    + "password is stored for HTTP Basic at the partner's server and never shown again. Polled every "
                    + "`forewarn.intake.poll-every`; 409 `feed-exists` for a collection already read.")
    ResponseEntity<FeedView> add(@RequestBody AddFeed command) {
        FeedView created = feeds.add(command);
        return ResponseEntity.created(URI.create("/api/v1/intake/feeds/" + created.id())).body(created);
    }

    @GetMapping("/feeds")
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Operation(summary = "The partners' collections polled, with where each reads on from and its last error",
            description = "Read whole: an agency reads a handful of partners.")
    FeedList feeds() {
        return new FeedList(feeds.feeds());
    }

    /** The feeds, read whole. */
    record FeedList(List<FeedView> items) {
    }

    @GetMapping("/feeds/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Operation(summary = "One feed")
    FeedView feed(@PathVariable UUID id) {
        return feeds.feed(id);
    }

    @PostMapping("/feeds/{id}/poll")
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Operation(summary = "Read the feed on now", description = "Answers the reports queued, the objects read, "
            + "and the partner server's refusal if it failed (nothing is lost: the next poll reads on from the same place).")
    PollResult poll(@PathVariable UUID id) {
        return feeds.poll(id);
    }

    @GetMapping("/reporting")
    @PreAuthorize("hasAnyRole('ANALYST','AUDITOR')")
    @Operation(summary = "Partners' reports, the most recently received first",
            description = "Each with the STIX report as received, the objects it refers to, and `prefill`: the threat "
                    + "it would become as far as the report says." + PageResponses.PAGED)
    ResponseEntity<Page<ReportingView>> page(
            @Parameter(description = "NEW, ACCEPTED or DISMISSED; all when absent")
            @RequestParam(required = false) ReportingStatus status,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(reporting.page(status, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/reporting/{id}")
    @PreAuthorize("hasAnyRole('ANALYST','AUDITOR')")
    @Operation(summary = "One partner report")
    ReportingView reporting(@PathVariable UUID id) {
        return reporting.reporting(id);
    }

    @PostMapping("/reporting/{id}/threat")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Turn a partner's report into a threat",
            description = "The body is the threat as for `POST /api/v1/threats`, completed from the report's "
                    + "`prefill`. Once: 409 `already-decided` if it was accepted or dismissed.")
    ResponseEntity<ThreatView> accept(@PathVariable UUID id, @RequestBody ReportThreat threat) {
        ThreatView created = reporting.accept(id, threat);
        return ResponseEntity.created(URI.create("/api/v1/threats/" + created.id())).body(created);
    }

    @PostMapping("/reporting/{id}/dismissal")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Dismiss a partner's report, saying why", description = "`{reason}`. Once: 409 "
            + "`already-decided`.")
    ReportingView dismiss(@PathVariable UUID id, @RequestBody DismissReporting command) {
        return reporting.dismiss(id, command);
    }
}
