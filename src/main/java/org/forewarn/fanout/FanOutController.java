package org.forewarn.fanout;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.forewarn.shared.InvalidInput;
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
    @Operation(summary = "One page of the fan-out's messages (personal data: CONSULAR only)",
            description = "Ordered by id; pass the last id seen as `after`. `status` is QUEUED, SENT, DELIVERED or "
                    + "FAILED; `limit` 1-1000.")
    List<AlertDeliveryView> deliveries(@PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInput.of("limit", "must be between 1 and 1000");
        }
        AlertDeliveryStatus wanted = null;
        if (status != null) {
            try {
                wanted = AlertDeliveryStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("status", "must be one of " + List.of(AlertDeliveryStatus.values()));
            }
        }
        fanOuts.progress(id);
        return fanOuts.deliveries(id, wanted, after, limit);
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
