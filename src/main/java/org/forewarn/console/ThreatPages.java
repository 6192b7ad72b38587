package org.forewarn.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.forewarn.nds.NoDoubleStandard;
import org.forewarn.nds.GrantNdsException;
import org.forewarn.assessment.Assessments;
import org.forewarn.assessment.Decision;
import org.forewarn.assessment.DecideDetermination;
import org.forewarn.assessment.Outcome;
import org.forewarn.assessment.ProposeDetermination;
import org.forewarn.assessment.WaiverJustification;
import org.forewarn.intake.IncomingReporting;
import org.forewarn.identity.Clearance;
import org.forewarn.review.CaseReview;
import org.forewarn.shared.DomainException;
import org.forewarn.threat.CloseThreat;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.RecordIncident;
import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.TargetKind;
import org.forewarn.threat.ThreatStatus;
import org.forewarn.threat.ThreatFilter;
import org.forewarn.threat.ThreatView;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.threat.Threats;
import org.forewarn.attribution.ClaimKind;
import org.forewarn.attribution.Claims;
import org.forewarn.attribution.Wording;
import org.forewarn.threat.Tlp;
import org.forewarn.warning.Warnings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ThreatPages {

    static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";
    static final List<String> ZONES = List.of("UTC", "Europe/Moscow", "Europe/London", "Europe/Paris", "Europe/Berlin",
            "Europe/Kyiv", "Europe/Istanbul", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Tehran", "Asia/Kabul",
            "Asia/Shanghai", "Asia/Tokyo", "Africa/Cairo", "Africa/Lagos", "Africa/Nairobi", "America/New_York",
            "America/Chicago", "America/Los_Angeles", "America/Toronto", "America/Mexico_City", "America/Sao_Paulo", "Australia/Sydney");

    private final Threats threats;
    private final Assessments assessments;
    private final Warnings warnings;
    private final NoDoubleStandard noDoubleStandard;
    private final CaseReview review;
    private final Claims claims;
    private final IncomingReporting incomingReporting;

    ThreatPages(Threats threats, Assessments assessments, Warnings warnings, NoDoubleStandard noDoubleStandard,
            CaseReview review, Claims claims, IncomingReporting incomingReporting) {
        this.claims = claims;
        this.incomingReporting = incomingReporting;
        this.threats = threats;
        this.assessments = assessments;
        this.warnings = warnings;
        this.noDoubleStandard = noDoubleStandard;
        this.review = review;
    }

    private static final int PAGE = 50;
    /** "Deadline within 24 h" in the list's filters. */
    private static final java.time.Duration DEADLINE_SOON = java.time.Duration.ofHours(24);

    @GetMapping("/console/threats")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ThreatStatus status,
            @RequestParam(required = false) HarmType harm, @RequestParam(required = false) Clearance classification,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
            @RequestParam(defaultValue = "false") boolean awaitingApproval,
            @RequestParam(defaultValue = "false") boolean deadlineSoon,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer from,
            HttpServletRequest request, Model model) {
        // Dates in the form are whole days in UTC; "to" includes its day.
        ThreatFilter filter = new ThreatFilter(q, status, harm, classification,
                receivedFrom == null ? null : receivedFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
                receivedTo == null ? null : receivedTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                country, null, awaitingApproval, deadlineSoon ? DEADLINE_SOON : null);
        Page<ThreatView> page = threats.page(filter, PageRequest.of(PAGE, cursor));
        model.addAttribute("list", ListView.of(page, threats.count(filter), from, PAGE));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("harm", harm);
        model.addAttribute("classification", classification);
        model.addAttribute("country", filter.country());
        model.addAttribute("receivedFrom", receivedFrom);
        model.addAttribute("receivedTo", receivedTo);
        model.addAttribute("awaitingApproval", awaitingApproval);
        model.addAttribute("deadlineSoon", deadlineSoon);
        model.addAttribute("harmTypes", HarmType.values());
        model.addAttribute("statuses", ThreatStatus.values());
        model.addAttribute("classifications", Clearance.values());
        return ListView.listOnly(request) ? "console/threats :: list" : "console/threats";
    }

    @GetMapping("/console/threats/new")
    @PreAuthorize("hasRole('ANALYST')")
    String newThreat(@org.springframework.web.bind.annotation.RequestParam(required = false) UUID fromReporting,
            Model model) {
        model.addAttribute("form", fromReporting == null ? new ThreatForm()
                : ThreatForm.from(fromReporting, incomingReporting.reporting(fromReporting).prefill()));
        return intakeForm(model);
    }

    @PostMapping("/console/threats")
    @PreAuthorize("hasRole('ANALYST')")
    String report(@ModelAttribute("form") ThreatForm form, Model model, RedirectAttributes flash) {
        try {
            ThreatView created = form.getFromReporting() == null ? threats.report(form.toCommand())
                    : incomingReporting.accept(form.getFromReporting(), form.toCommand());
            flash.addFlashAttribute("ok", form.getFromReporting() == null ? "Threat reported."
                    : "Threat reported from the partner's report.");
            return "redirect:/console/threats/" + created.id();
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return intakeForm(model);
        }
    }

    private String intakeForm(Model model) {
        model.addAttribute("harmTypes", HarmType.values());
        model.addAttribute("targetKinds", TargetKind.values());
        model.addAttribute("reliabilities", SourceReliability.values());
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("zones", ZONES);
        return "console/threat-new";
    }

    @GetMapping("/console/threats/{id}")
    @PreAuthorize(READERS)
    String detail(@PathVariable UUID id, Model model) {
        ThreatView threat = threats.view(id);
        model.addAttribute("threat", threat);
        model.addAttribute("determinations", assessments.forThreat(id).stream()
                .sorted(Comparator.comparing(d -> d.proposedAt())).toList());
        model.addAttribute("duty", assessments.dutyInForce(id).orElse(null));
        model.addAttribute("warnings", warnings.forThreat(id));
        model.addAttribute("nds", noDoubleStandard.find(id).orElse(null));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("justifications", WaiverJustification.values());
        model.addAttribute("zone", ZoneId.of(threat.timeZone()));
        // The claims ledger (attribution) and its form.
        model.addAttribute("claims", claims.forThreat(id));
        model.addAttribute("claimKinds", ClaimKind.values());
        model.addAttribute("wordings", Wording.values());
        model.addAttribute("claimReliabilities", SourceReliability.values());
        model.addAttribute("targetsJson", MapData.targets(threat.targets()));
        model.addAttribute("polygonJson", threat.area() != null ? MapData.json(threat.area().polygon()) : "");
        return "console/threat";
    }

    @PostMapping("/console/threats/{id}/determinations")
    @PreAuthorize("hasRole('ANALYST')")
    String propose(@PathVariable UUID id, @RequestParam(required = false) Outcome outcome,
            @RequestParam(defaultValue = "false") boolean credible, @RequestParam(defaultValue = "false") boolean specific,
            @RequestParam(required = false) String rationale,
            @RequestParam(required = false) WaiverJustification waiverJustification, RedirectAttributes flash) {
        return Flash.run(flash, "Determination proposed; an approver must decide it.",
                "/console/threats/" + id + "#determinations", () -> assessments.propose(id, new ProposeDetermination(
                        outcome, credible, specific, rationale,
                        outcome == Outcome.WAIVED ? waiverJustification : null)));
    }

    @PostMapping("/console/determinations/{id}/decision")
    @PreAuthorize("hasRole('APPROVER')")
    String decide(@PathVariable UUID id, @RequestParam UUID threatId, @RequestParam Decision decision,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return Flash.run(flash, decision == Decision.APPROVE ? "Determination approved." : "Determination rejected.",
                "/console/threats/" + threatId + "#determinations",
                () -> assessments.decide(id, new DecideDetermination(decision, note)));
    }

    @PostMapping("/console/threats/{id}/incidents")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER')")
    String incident(@PathVariable UUID id, @RequestParam String occurredAt, @RequestParam(required = false) String place,
            @RequestParam(required = false) String description, @RequestParam(required = false) Integer dead,
            @RequestParam(required = false) Integer injured, RedirectAttributes flash) {
        return Flash.run(flash, "Incident recorded.", "/console/threats/" + id, () -> {
            String zone = threats.summary(id).timeZone();
            threats.recordIncident(id, new RecordIncident(Times.parse(occurredAt, zone, "occurredAt"), place,
                    description, dead, injured));
        });
    }

    @PostMapping("/console/threats/{id}/closure")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER')")
    String close(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return Flash.run(flash, "Case closed.", "/console/threats/" + id, () -> threats.close(id, new CloseThreat(reason)));
    }

    @PostMapping("/console/threats/{id}/nds-exception")
    @PreAuthorize("hasRole('APPROVER')")
    String ndsException(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return Flash.run(flash, "Exception granted and recorded.", "/console/threats/" + id + "#nds",
                () -> noDoubleStandard.grantException(id, new GrantNdsException(reason)));
    }

    @GetMapping("/console/threats/{id}/timeline")
    @PreAuthorize(READERS)
    String timeline(@PathVariable UUID id, Model model) {
        model.addAttribute("timeline", review.timeline(id));
        return "console/timeline";
    }
}
