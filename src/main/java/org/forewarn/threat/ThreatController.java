package org.forewarn.threat;

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
    List<ThreatView> all() {
        return threats.all();
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
