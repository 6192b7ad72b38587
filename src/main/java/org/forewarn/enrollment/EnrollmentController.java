package org.forewarn.enrollment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enrollment registry: personal data, CONSULAR only. */
@RestController
@RequestMapping("/api/v1/enrollments")
class EnrollmentController {

    private final Enrollments enrollments;

    EnrollmentController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasRole('CONSULAR')")
    ResponseEntity<EnrollmentView> enroll(@RequestBody Enroll command) {
        EnrollmentView created = enrollments.enroll(command);
        return ResponseEntity.created(URI.create("/api/v1/enrollments/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasRole('CONSULAR')")
    List<EnrollmentView> page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") long offset) {
        return enrollments.page(q, limit, offset);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('CONSULAR')")
    EnrollmentView one(@PathVariable UUID id) {
        return enrollments.view(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('CONSULAR')")
    EnrollmentView replace(@PathVariable UUID id, @RequestBody Enroll command) {
        return enrollments.replace(id, command);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('CONSULAR')")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        enrollments.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** Bulk import: the request body is the CSV file ({@code Content-Type: text/csv}). */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('CONSULAR')")
    ImportReport importCsv(HttpServletRequest request) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(),
                StandardCharsets.UTF_8), 1 << 16)) {
            return enrollments.importCsv(reader);
        }
    }
}
