package org.forewarn.console;

import java.util.UUID;

import org.forewarn.intake.DismissReporting;
import org.forewarn.intake.IncomingReporting;
import org.forewarn.intake.ReportingStatus;
import org.forewarn.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partners' reports waiting for an analyst: each opens the new-threat form prefilled from it, or is
 * dismissed with a reason.
 */
@Controller
class IntakePages {

    private final IncomingReporting reporting;

    IntakePages(IncomingReporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/console/intake")
    @PreAuthorize("hasAnyRole('ANALYST','AUDITOR')")
    String queue(Model model) {
        model.addAttribute("waiting", reporting.page(ReportingStatus.NEW, PageRequest.first(PageRequest.MAX_LIMIT))
                .items());
        model.addAttribute("decided", reporting.page(null, PageRequest.first(20)).items().stream()
                .filter(r -> r.status() != ReportingStatus.NEW).toList());
        return "console/intake";
    }

    @PostMapping("/console/intake/{id}/dismissal")
    @PreAuthorize("hasRole('ANALYST')")
    String dismiss(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return Flash.run(flash, "Dismissed.", "/console/intake", () -> reporting.dismiss(id, new DismissReporting(reason)));
    }
}
