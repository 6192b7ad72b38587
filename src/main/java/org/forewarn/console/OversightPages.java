package org.forewarn.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.review.Oversight;
import org.forewarn.review.OversightCase;
import org.forewarn.review.OversightPeriod;
import org.forewarn.review.OversightReport;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The oversight page: the figures of a period in tables (readable without JavaScript), each a link to
 * the cases behind it, three charts drawn from the same figures, and the CSV.
 */
@Controller
class OversightPages {

    static final String OVERSIGHT = "hasAnyRole('AUDITOR','APPROVER','ANALYST')";
    private static final int PAGE = 50;

    private final Oversight oversight;
    private final JsonMapper json;

    OversightPages(Oversight oversight, JsonMapper json) {
        this.oversight = oversight;
        this.json = json;
    }

    @GetMapping("/console/oversight")
    @PreAuthorize(OVERSIGHT)
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String zone, Model model) {
        OversightPeriod period = period(from, to, zone, model);
        OversightReport report = oversight.report(period);
        model.addAttribute("report", report);
        model.addAttribute("period", period);
        model.addAttribute("zones", ThreatPages.ZONES);
        model.addAttribute("csvLink", "/console/oversight.csv?" + period.query());
        model.addAttribute("chartJson", charts(report));
        return "console/oversight";
    }

    @GetMapping("/console/oversight.csv")
    @PreAuthorize(OVERSIGHT)
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String zone) {
        return oversight.csvDownload(oversight.period(from, to, zone));
    }

    @GetMapping("/console/oversight/cases")
    @PreAuthorize(OVERSIGHT)
    String cases(@RequestParam(required = false) String figure, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer start,
            HttpServletRequest request, Model model) {
        OversightPeriod period = oversight.period(from, to, zone);
        Page<OversightCase> page = oversight.cases(figure, period, PageRequest.of(PAGE, cursor));
        OversightReport.FigureView shown = oversight.report(period).figures().stream()
                .filter(f -> f.key().equals(figure)).findFirst().orElse(null);
        model.addAttribute("list", ListView.of(page, oversight.count(figure, period), start, PAGE, "start"));
        model.addAttribute("figure", shown);
        model.addAttribute("period", period);
        model.addAttribute("backLink", "/console/oversight?" + period.query());
        return ListView.listOnly(request) ? "console/oversight-cases :: list" : "console/oversight-cases";
    }

    /** A wrong period in the form: say so and show the default period instead of an error page. */
    private OversightPeriod period(String from, String to, String zone, Model model) {
        try {
            return oversight.period(from, to, zone);
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return oversight.period(null, null, null);
        }
    }

    /** The charts' data, from the same figures the tables show. Escaped for a {@code <script>} element. */
    private String charts(OversightReport report) {
        Map<String, OversightReport.FigureView> byKey = new LinkedHashMap<>();
        report.figures().forEach(f -> byKey.put(f.key(), f));
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("outcomes", chart(byKey, "Determinations approved", List.of("determinations.outcome.DUTY_TO_WARN",
                "determinations.outcome.NO_DUTY", "determinations.outcome.WAIVED"), List.of("Duty to warn", "No duty",
                "Waived")));
        charts.put("warnings", chart(byKey, "Warnings", List.of("warnings.acknowledged", "warnings.unanswered",
                "warnings.escalated"), List.of("Acknowledged", "Unanswered", "Escalated")));
        charts.put("nds", chart(byKey, "No-Double-Standard obligations", List.of("nds.satisfiedByAlert",
                "nds.exceptionGranted", "nds.open"), List.of("Satisfied by a public alert", "Waived by exception",
                "Still open")));
        return json.writeValueAsString(charts).replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private static Map<String, Object> chart(Map<String, OversightReport.FigureView> figures, String title,
            List<String> keys, List<String> labels) {
        return Map.of("title", title, "labels", labels, "values", keys.stream()
                .map(k -> figures.containsKey(k) ? figures.get(k).value().count() : 0L).toList());
    }
}
