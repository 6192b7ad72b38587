package org.forewarn.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.forewarn.review.CancelCorrectiveAction;
import org.forewarn.review.CapabilityElement;
import org.forewarn.review.CompleteCorrectiveAction;
import org.forewarn.review.FindingKind;
import org.forewarn.review.Findings;
import org.forewarn.review.PlanCorrectiveAction;
import org.forewarn.review.RecordFinding;
import org.forewarn.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the review page's findings and improvement plan ({@code console/review-findings}):
 * each posts here, goes through the {@link Findings} facade, and comes back to the finding or action
 * it touched with what happened, or why it was refused.
 */
@Controller
class FindingPages {

    private static final String WRITERS = "hasAnyRole('ANALYST','APPROVER')";
    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final Findings findings;

    FindingPages(Findings findings) {
        this.findings = findings;
    }

    /** Where the findings are shown, at one of their anchors: the case's after-action review page. */
    static String review(UUID threatId, String anchor) {
        return "/console/threats/" + threatId + "/review#" + anchor;
    }

    @PostMapping("/console/threats/{threatId}/findings")
    @PreAuthorize(WRITERS)
    String record(@PathVariable UUID threatId, @RequestParam(required = false) FindingKind kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String observation,
            @RequestParam(required = false) String rootCause, @RequestParam(required = false) String recommendation,
            @RequestParam(required = false) String basedOn, RedirectAttributes flash) {
        UUID[] created = new UUID[1];
        String done = Flash.run(flash, "Finding recorded.", review(threatId, "analyst-findings"), () -> created[0] = findings
                .record(threatId, new RecordFinding(kind, title, observation, rootCause, recommendation, basedOn)).id());
        return created[0] != null ? "redirect:" + review(threatId, "finding-" + created[0]) : done;
    }

    @PostMapping("/console/threats/{threatId}/findings/{findingId}/actions")
    @PreAuthorize(WRITERS)
    String plan(@PathVariable UUID threatId, @PathVariable UUID findingId,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) CapabilityElement capabilityElement,
            @RequestParam(required = false) String responsibleOrganization,
            @RequestParam(required = false) String pointOfContact, @RequestParam(required = false) String startDate,
            @RequestParam(required = false) String completionDate, RedirectAttributes flash) {
        UUID[] created = new UUID[1];
        String done = Flash.run(flash, "Corrective action planned.", review(threatId, "finding-" + findingId),
                () -> created[0] = findings.planAction(threatId, findingId, new PlanCorrectiveAction(description,
                        capabilityElement, responsibleOrganization, pointOfContact, date(startDate, "startDate"),
                        date(completionDate, "completionDate"))).id());
        return created[0] != null ? "redirect:" + review(threatId, "action-" + created[0]) : done;
    }

    /** The point of contact may complete their own action whatever their role; the facade decides. */
    @PostMapping("/console/threats/{threatId}/corrective-actions/{actionId}/completion")
    @PreAuthorize(READERS)
    String complete(@PathVariable UUID threatId, @PathVariable UUID actionId,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return Flash.run(flash, "Corrective action completed.", review(threatId, "action-" + actionId),
                () -> findings.completeAction(threatId, actionId, new CompleteCorrectiveAction(note)));
    }

    @PostMapping("/console/threats/{threatId}/corrective-actions/{actionId}/cancellation")
    @PreAuthorize(WRITERS)
    String cancel(@PathVariable UUID threatId, @PathVariable UUID actionId,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return Flash.run(flash, "Corrective action cancelled.", review(threatId, "action-" + actionId),
                () -> findings.cancelAction(threatId, actionId, new CancelCorrectiveAction(reason)));
    }

    /** A date input's value ({@code 2026-03-31}); absent when empty, a 400 naming the field when not a date. */
    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be a date such as 2026-03-31");
        }
    }
}
