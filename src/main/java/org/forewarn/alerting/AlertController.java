package org.forewarn.alerting;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private static final String READERS = "hasAnyRole('CONSULAR','ANALYST','APPROVER','LIAISON','AUDITOR')";
    private final Alerts alerts;
    private final FanOuts fanOuts;
    private final FanOutProgressStream progressStream;

    AlertController(Alerts alerts, FanOuts fanOuts, FanOutProgressStream progressStream) {
        this.alerts = alerts;
        this.fanOuts = fanOuts;
        this.progressStream = progressStream;
    }

    @PostMapping
    @PreAuthorize("hasRole('CONSULAR')")
    ResponseEntity<AlertView> draft(@RequestBody DraftAlert command) {
        AlertView created = alerts.draft(command);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize(READERS)
    List<AlertView> all() {
        return alerts.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    AlertView one(@PathVariable UUID id) {
        return alerts.view(id);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('CONSULAR')")
    AlertView publish(@PathVariable UUID id) {
        return alerts.publish(id);
    }

    @PostMapping("/{id}/update")
    @PreAuthorize("hasRole('CONSULAR')")
    ResponseEntity<AlertView> update(@PathVariable UUID id, @RequestBody UpdateAlert command) {
        AlertView next = alerts.update(id, command);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + next.id())).body(next);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('CONSULAR')")
    ResponseEntity<AlertView> cancel(@PathVariable UUID id, @RequestBody(required = false) CancelAlert command) {
        AlertView cancel = alerts.cancel(id, command != null ? command : new CancelAlert(null));
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + cancel.id())).body(cancel);
    }

    @GetMapping("/{id}/fanout")
    @PreAuthorize(READERS)
    FanOutProgress fanOut(@PathVariable UUID id) {
        return fanOuts.progress(id);
    }

    /** Personal data (addresses): consular staff only. */
    @GetMapping("/{id}/deliveries")
    @PreAuthorize("hasRole('CONSULAR')")
    List<AlertDeliveryView> deliveries(@PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInput.of("limit", "must be between 1 and 1000");
        }
        if (status != null && !List.of("QUEUED", "SENT", "DELIVERED", "FAILED").contains(status)) {
            throw InvalidInput.of("status", "must be one of QUEUED, SENT, DELIVERED, FAILED");
        }
        fanOuts.progress(id);
        return fanOuts.deliveries(id, status, after, limit);
    }

    /**
     * Server-Sent Events: a {@code progress} event at once and every half second until the fan-out
     * completes; on a completed fan-out, the final progress and the end of the stream.
     */
    @GetMapping(path = "/{id}/fanout/stream", produces = "text/event-stream")
    @PreAuthorize(READERS)
    SseEmitter fanOutStream(@PathVariable UUID id) {
        fanOuts.progress(id); // 404 before the stream opens
        return progressStream.open(id, progress -> progress.orElseThrow()); // fan-outs are never deleted
    }
}
