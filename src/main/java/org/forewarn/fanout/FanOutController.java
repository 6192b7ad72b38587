package org.forewarn.fanout;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A published alert's fan-out: its progress, as numbers or a stream, and (for consular staff) its messages. */
@RestController
@RequestMapping("/api/v1/alerts/{id}")
class FanOutController {

    private static final String READERS = "hasAnyRole('CONSULAR','ANALYST','APPROVER','LIAISON','AUDITOR')";

    private final FanOuts fanOuts;
    private final FanOutProgressStream progressStream;

    FanOutController(FanOuts fanOuts, FanOutProgressStream progressStream) {
        this.fanOuts = fanOuts;
        this.progressStream = progressStream;
    }

    @GetMapping("/fanout")
    @PreAuthorize(READERS)
    @Operation(summary = "Where the alert's fan-out stands", description = "People matched, messages queued, sent "
            + "(a relay took them), delivered (the endpoint confirmed) and failed. 404 before the alert is published.")
    FanOutProgress fanOut(@PathVariable UUID id) {
        return fanOuts.progress(id);
    }

    /** Personal data (addresses): consular staff only. */
    @GetMapping("/deliveries")
    @PreAuthorize("hasRole('CONSULAR')")
    @Operation(summary = "The fan-out's messages (personal data: CONSULAR only), most recently queued first, one "
            + "page at a time", description = "Highest id first. `status` is QUEUED, SENT, DELIVERED or FAILED. "
            + "`after` is no longer taken (400): page with `cursor`." + PageResponses.PAGED)
    ResponseEntity<Page<AlertDeliveryView>> deliveries(@PathVariable UUID id,
            @Parameter(description = "QUEUED, SENT, DELIVERED or FAILED") @RequestParam(required = false) String status,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor,
            @Parameter(hidden = true) @RequestParam(required = false) String after) {
        PageRequest.refuseRetired("after", after);
        AlertDeliveryStatus wanted = null;
        if (status != null) {
            try {
                wanted = AlertDeliveryStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("status", "must be one of " + List.of(AlertDeliveryStatus.values()));
            }
        }
        PageRequest request = PageRequest.of(limit, cursor);
        fanOuts.progress(id);
        return PageResponses.of(fanOuts.deliveries(id, wanted, request));
    }

    /**
     * Server-Sent Events: a {@code progress} event at once and every half second until the fan-out
     * completes; on a completed fan-out, the final progress and the end of the stream.
     */
    @GetMapping(path = "/fanout/stream", produces = "text/event-stream")
    @PreAuthorize(READERS)
    SseEmitter fanOutStream(@PathVariable UUID id) {
        fanOuts.progress(id); // 404 before the stream opens
        return progressStream.open(id, progress -> progress.orElseThrow()); // fan-outs are never deleted
    }
}
