package org.forewarn.enrollment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
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
    @Operation(summary = "People enrolled (personal data: CONSULAR only), most recently enrolled first, one page at "
            + "a time", description = "Ties in the time enrolled (a CSV import enrolls many at once) are broken by id, "
            + "so everyone appears exactly once however the list is paged. `q`: any part of the name "
            + "(case-insensitive) or an external id exactly. `offset` is no longer taken (400): page with `cursor`."
            + PageResponses.PAGED)
    ResponseEntity<Page<EnrollmentView>> page(
            @Parameter(description = "any part of the name, or an external id") @RequestParam(required = false) String q,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor,
            @Parameter(hidden = true) @RequestParam(required = false) String offset) {
        PageRequest.refuseRetired("offset", offset);
        return PageResponses.of(enrollments.page(q, PageRequest.of(limit, cursor)));
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
