package org.forewarn.review;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
class ReviewController {

    private final AfterActionReview review;
    private final ReportPdf pdf;

    ReviewController(AfterActionReview review, ReportPdf pdf) {
        this.review = review;
        this.pdf = pdf;
    }

    @GetMapping("/api/v1/threats/{threatId}/review")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    @Operation(summary = "The case's after-action report",
            description = "Overview, the timeline of record (from the audit chain) with lead times and deadlines, "
                    + "known vs shared for each warning (read from its delivered text), what each receipt proves "
                    + "(re-verified), responses and disputes, compliance with the programme's rules, and findings. "
                    + "Shown at the reader's clearance: protected details and the reasons facets were withheld are "
                    + "absent for a reader not cleared for the case.")
    AfterActionReport review(@PathVariable UUID threatId) {
        return review.report(threatId);
    }

    @GetMapping(value = "/api/v1/threats/{threatId}/review.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    @Operation(summary = "The case's after-action report as PDF",
            description = "The same report, at the reader's clearance, laid out for A4 with the classification "
                    + "banner at the top and bottom of every page.")
    ResponseEntity<byte[]> reviewPdf(@PathVariable UUID threatId) {
        return pdf.download(review.report(threatId));
    }
}
