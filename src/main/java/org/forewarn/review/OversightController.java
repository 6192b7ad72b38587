package org.forewarn.review;

import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@RestController
class OversightController {

    /** Oversight is for those who review and decide, not for administrators, liaison or consular staff. */
    static final String OVERSIGHT = "hasAnyRole('AUDITOR','APPROVER','ANALYST')";
    static final String CSV = "text/csv";

    private static final String FROM = "first day of the period (YYYY-MM-DD), included; default a year before `to`";
    private static final String TO = "last day of the period (YYYY-MM-DD), included; default today";
    private static final String ZONE = "IANA time zone the days are counted in, e.g. Europe/Moscow; default UTC";
    private static final String PERIOD = " The period holds the cases whose information was received from the start "
            + "of `from` to the end of `to`, in `zone`. Definitions of every figure: docs/oversight.md.";

    private final Oversight oversight;

    OversightController(Oversight oversight) {
        this.oversight = oversight;
    }

    @GetMapping(value = "/api/v1/oversight", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "Oversight statistics of a period, section by section",
            description = "Threats; determinations by outcome; waivers by justification; approval and rejection "
                    + "rates; median and 90th-percentile times from information to determination and to the first "
                    + "warning delivered; deadlines missed; No-Double-Standard obligations and how they ended; "
                    + "warnings acknowledged, unanswered or escalated; disputes. Each figure has a stable `key`, a "
                    + "`label`, a `value` (a count; a fraction with its numerator and denominator; or a duration in "
                    + "ISO-8601 and in hours) and `cases`, the link to the cases behind it. With `Accept: text/csv` "
                    + "(or at /api/v1/oversight.csv) the same figures as CSV." + PERIOD)
    OversightReport report(@Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = ZONE) @RequestParam(required = false) String zone) {
        return oversight.report(oversight.period(from, to, zone));
    }

    @GetMapping(value = "/api/v1/oversight", produces = CSV)
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "Oversight statistics of a period as CSV",
            description = "One row per figure: section,key,label,value,unit,numerator,denominator,cases_link." + PERIOD)
    ResponseEntity<String> csv(@Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = ZONE) @RequestParam(required = false) String zone) {
        return oversight.csvDownload(oversight.period(from, to, zone));
    }

    @GetMapping("/api/v1/oversight.csv")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "Oversight statistics of a period as CSV (for links that cannot set Accept)",
            description = "The same as GET /api/v1/oversight with `Accept: text/csv`." + PERIOD)
    ResponseEntity<String> csvFile(@Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = ZONE) @RequestParam(required = false) String zone) {
        return csv(from, to, zone);
    }

    @GetMapping("/api/v1/oversight/cases")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "The cases behind one oversight figure, most recently received first",
            description = "`figure` is a figure's `key` from GET /api/v1/oversight; the period as there. Each item: "
                    + "the case's id, title, when its information was received, and the fact that puts it in the "
                    + "figure (e.g. \"deadline missed by 3 h 10 min\")." + PERIOD + PageResponses.PAGED)
    ResponseEntity<Page<OversightCase>> cases(
            @Parameter(description = "a figure's key, e.g. deadlines.missed") @RequestParam(required = false) String figure,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = ZONE) @RequestParam(required = false) String zone,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(oversight.cases(figure, oversight.period(from, to, zone), PageRequest.of(limit, cursor)));
    }
}
