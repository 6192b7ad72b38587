package org.forewarn.console;

import java.util.UUID;

import org.forewarn.review.AfterActionReview;
import org.forewarn.review.ReportPdf;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A case's after-action report: the page, and the same report as PDF. */
@Controller
class ReviewPages {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final AfterActionReview review;
    private final ReportPdf pdf;
    private final FindingsModel findings;

    ReviewPages(AfterActionReview review, ReportPdf pdf, FindingsModel findings) {
        this.review = review;
        this.pdf = pdf;
        this.findings = findings;
    }

    @GetMapping("/console/threats/{id}/review")
    @PreAuthorize(READERS)
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", review.report(id));
        findings.addTo(model, id);
        return "console/review";
    }

    @GetMapping("/console/threats/{id}/review.pdf")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id) {
        return pdf.download(review.report(id));
    }
}
