package org.forewarn.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.forewarn.alert.AlertFilter;
import org.forewarn.alert.AlertStatus;
import org.forewarn.alert.AlertView;
import org.forewarn.alert.Alerts;
import org.forewarn.alert.CancelAlert;
import org.forewarn.alert.CapProfile;
import org.forewarn.alert.Certainty;
import org.forewarn.alert.EventKind;
import org.forewarn.enrollment.Enrollments;
import org.forewarn.fanout.FanOutProgress;
import org.forewarn.fanout.FanOutProgressStream;
import org.forewarn.fanout.FanOutStatus;
import org.forewarn.fanout.FanOuts;
import org.forewarn.enrollment.ImportReport;
import org.forewarn.alert.ReleaseDecision;
import org.forewarn.alert.ReleaseReview;
import org.forewarn.alert.Severity;
import org.forewarn.alert.UpdateAlert;
import org.forewarn.alert.Urgency;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.forewarn.threat.Threats;
import org.forewarn.threat.ThreatStatus;
import org.forewarn.threat.ThreatFilter;
import org.forewarn.warning.Leak;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public alerts (compose, preview CAP, publish, update, cancel, release, watch the fan-out) and
 * enrollment.
 */
@Controller
class AlertPages {

    private static final String READERS = "hasAnyRole('CONSULAR','ANALYST','APPROVER','LIAISON','AUDITOR')";
    private static final int PAGE = PageRequest.DEFAULT_LIMIT;

    private final Alerts alerts;
    private final FanOuts fanOuts;
    private final Enrollments enrollments;
    private final Threats threats;
    private final FanOutProgressStream progressStream;

    AlertPages(Alerts alerts, FanOuts fanOuts, Enrollments enrollments, Threats threats,
            FanOutProgressStream progressStream) {
        this.progressStream = progressStream;
        this.alerts = alerts;
        this.fanOuts = fanOuts;
        this.enrollments = enrollments;
        this.threats = threats;
    }

    @GetMapping("/console/alerts")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) AlertStatus status,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer from,
            HttpServletRequest request, Model model) {
        AlertFilter filter = new AlertFilter(q, status);
        model.addAttribute("list", ListView.of(alerts.page(filter, PageRequest.of(PAGE, cursor)), alerts.count(filter),
                from, PAGE));
        model.addAttribute("q", filter.text());
        model.addAttribute("status", status);
        model.addAttribute("statuses", AlertStatus.values());
        return ListView.listOnly(request) ? "console/alerts :: list" : "console/alerts";
    }

    @GetMapping("/console/alerts/new")
    @PreAuthorize("hasRole('CONSULAR')")
    String compose(@RequestParam(required = false) UUID threatId, Model model) {
        AlertForm form = new AlertForm();
        form.setThreatId(threatId);
        if (threatId != null) {
            var threat = threats.summary(threatId);
            form.setTimeZone(threat.timeZone());
            if (threat.area() != null) {
                form.setAreaDescription(threat.area().description());
                if (threat.area().polygon() != null) {
                    form.setPolygon(tools.jackson.databind.json.JsonMapper.builder().build()
                            .writeValueAsString(threat.area().polygon()));
                }
            }
        }
        model.addAttribute("form", form);
        return composer(model);
    }

    private String composer(Model model) {
        model.addAttribute("severities", Severity.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("certainties", Certainty.values());
        model.addAttribute("zones", ThreatPages.ZONES);
        model.addAttribute("profiles", CapProfile.values());
        model.addAttribute("eventKinds", EventKind.values());
        // The open cases, most recent first: an office with years of closed cases offers only the live ones.
        model.addAttribute("threats", threats.page(new ThreatFilter(null, ThreatStatus.OPEN, null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items());
        return "console/alert-new";
    }

    @PostMapping("/console/alerts/preview")
    @PreAuthorize("hasRole('CONSULAR')")
    String preview(@ModelAttribute("form") AlertForm form, Model model) {
        try {
            model.addAttribute("cap", alerts.previewCap(form.toCommand()));
        } catch (DomainException e) {
            model.addAttribute("previewError", e.getMessage());
        }
        return "console/alert-new :: preview";
    }

    @PostMapping("/console/alerts")
    @PreAuthorize("hasRole('CONSULAR')")
    String draft(@ModelAttribute("form") AlertForm form, Model model, RedirectAttributes flash) {
        try {
            AlertView created = alerts.draft(form.toCommand());
            flash.addFlashAttribute("ok", "Draft saved. It is not public until you publish it.");
            return "redirect:/console/alerts/" + created.id();
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return composer(model);
        }
    }

    @GetMapping("/console/alerts/{id}")
    @PreAuthorize(READERS)
    String detail(@PathVariable UUID id, Model model, Authentication auth) {
        AlertView alert = alerts.view(id);
        model.addAttribute("alert", alert);
        boolean approver = auth.getAuthorities().stream()
                .anyMatch(a -> org.forewarn.identity.Role.APPROVER.authority().equals(a.getAuthority()));
        if (alert.status() == AlertStatus.AWAITING_RELEASE && approver) {
            try {
                ReleaseReview review = alerts.releaseReview(id);
                model.addAttribute("review", review);
                model.addAttribute("reviewFields", review.fields().stream().map(f -> new ReviewField(f.field(),
                        !f.leaks().isEmpty(), WarningPages.segments(f.text(), f.leaks().stream()
                        .sorted(Comparator.comparingInt(Leak::start)).toList()))).toList());
            } catch (DomainException e) {
                model.addAttribute("reviewRefused", e.getMessage());
            }
        }
        model.addAttribute("fanout", fanOuts.find(id).orElse(null));
        model.addAttribute("polygonJson", MapData.json(alert.area().polygon()));
        model.addAttribute("circleJson", MapData.json(alert.area().circle()));
        model.addAttribute("cap", alert.cap() != null ? Flash.orNull(() -> alerts.publishedCap(id)) : null);
        return "console/alert";
    }

    /** One public field in the approver's release review, cut into plain and leaked pieces. */
    record ReviewField(String field, boolean leaks, List<WarningPages.Segment> segments) {
    }

    @PostMapping("/console/alerts/{id}/publish")
    @PreAuthorize("hasRole('CONSULAR')")
    String publish(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("ok", outcome(alerts.publish(id)));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/alerts/" + id;
    }

    @PostMapping("/console/alerts/{id}/release")
    @PreAuthorize("hasRole('APPROVER')")
    String release(@PathVariable UUID id, @RequestParam ReleaseDecision.Decision decision,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return Flash.run(flash, decision == ReleaseDecision.Decision.RELEASE
                ? "Released. The alert is public and is going out to the people in its area."
                : "Returned to the writer with your note.", "/console/alerts/" + id,
                () -> alerts.release(id, new ReleaseDecision(decision, note)));
    }

    /** What the writer is told: the same whatever the text, when it goes to an approver's release. */
    private static String outcome(AlertView message) {
        return message.status() == AlertStatus.AWAITING_RELEASE
                ? "Sent for release: an approver cleared for the linked case checks it before it goes out."
                : message.msgType() == org.forewarn.alert.MsgType.CANCEL ? "Alert cancelled."
                : message.msgType() == org.forewarn.alert.MsgType.UPDATE ? "Update published as a new version."
                : "Published. The alert is public and is going out to the people in its area.";
    }

    @PostMapping("/console/alerts/{id}/update")
    @PreAuthorize("hasRole('CONSULAR')")
    String update(@PathVariable UUID id, @RequestParam(required = false) String headline,
            @RequestParam(required = false) String description, @RequestParam(required = false) String instruction,
            RedirectAttributes flash) {
        try {
            AlertView next = alerts.update(id, new UpdateAlert(blank(headline), null, blank(description),
                    blank(instruction), null, null, null, null, null, null, null, null, null, null));
            flash.addFlashAttribute("ok", outcome(next));
            return "redirect:/console/alerts/" + next.id();
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/alerts/" + id;
        }
    }

    @PostMapping("/console/alerts/{id}/cancel")
    @PreAuthorize("hasRole('CONSULAR')")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        try {
            AlertView cancel = alerts.cancel(id, new CancelAlert(blank(note)));
            flash.addFlashAttribute("ok", outcome(cancel));
            return "redirect:/console/alerts/" + cancel.id();
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/alerts/" + id;
        }
    }

    /** Fan-out progress as Server-Sent Events carrying the progress bar's HTML (htmx swaps it in). */
    @GetMapping(path = "/console/alerts/{id}/fanout/stream", produces = "text/event-stream")
    @PreAuthorize(READERS)
    SseEmitter progress(@PathVariable UUID id) {
        return progressStream.open(id, p -> progressHtml(p.orElse(null)));
    }

    static String progressHtml(FanOutProgress p) {
        if (p == null) {
            return "<p class=\"muted\">No fan-out: the alert is not published.</p>";
        }
        long done = p.delivered() + p.sent() + p.failed();
        long percent = p.messages() == 0 ? (p.status() == FanOutStatus.COMPLETED ? 100 : 0) : done * 100 / p.messages();
        return "<div class=\"progress\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\""
                + percent + "\"><span style=\"width:" + percent + "%\"></span></div>"
                + "<p class=\"small\" data-status=\"" + p.status() + "\"><strong>" + p.status() + "</strong> · "
                + p.people() + " people in the area · " + p.messages() + " messages · " + p.delivered()
                + " delivered · " + p.sent() + " sent · " + p.queued() + " queued · " + p.failed() + " failed"
                + (p.durationMs() != null ? " · took " + p.durationMs() + " ms" : "") + "</p>";
    }

    @GetMapping("/console/enrollments")
    @PreAuthorize("hasRole('CONSULAR')")
    String enrollments(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer from, HttpServletRequest request, Model model) {
        model.addAttribute("list", ListView.of(enrollments.page(q, PageRequest.of(PAGE, cursor)), enrollments.count(q),
                from, PAGE));
        model.addAttribute("total", enrollments.count(null));
        model.addAttribute("q", q);
        return ListView.listOnly(request) ? "console/enrollments :: list" : "console/enrollments";
    }

    @PostMapping("/console/enrollments/import")
    @PreAuthorize("hasRole('CONSULAR')")
    String importCsv(@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(),
                StandardCharsets.UTF_8))) {
            ImportReport report = enrollments.importCsv(reader);
            flash.addFlashAttribute("report", report);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/enrollments";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
