package org.forewarn.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.shared.CaseSet;
import org.forewarn.shared.Figure;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.OversightSource;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.threat.ThreatFilter;
import org.forewarn.threat.ThreatView;
import org.forewarn.threat.Threats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Oversight statistics: the figures an oversight office asks for over a period, each module
 * counting its own ({@link OversightSource}) over the cases received in the period, and the cases
 * behind each figure. Definitions: docs/oversight.md.
 */
@Service
public class Oversight {

    /** The sections in the order an office reads them, with their titles. */
    static final Map<String, String> SECTIONS = sections();

    static final String API = "/api/v1/oversight";

    private final Threats threats;
    private final List<OversightSource> sources;
    private final Clock clock;

    Oversight(Threats threats, List<OversightSource> sources, Clock clock) {
        this.threats = threats;
        this.sources = sources;
        this.clock = clock;
    }

    private static Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("threats", "Threats");
        s.put("determinations", "Determinations by outcome");
        s.put("waivers", "Waivers by justification");
        s.put("rates", "Approval and rejection rates");
        s.put("times", "Times from information received");
        s.put("deadlines", "Warning deadlines");
        s.put("nds", "No Double Standard");
        s.put("warnings", "Warnings: what recipients did");
        s.put("disputes", "Disputes");
        return s;
    }

    /** Parses the period as a request gives it (400 naming the parameter that is wrong). */
    public OversightPeriod period(String from, String to, String zone) {
        return OversightPeriod.of(from, to, zone, clock.instant());
    }

    public OversightReport report(OversightPeriod period) {
        Instant asOf = clock.instant();
        CaseSet cases = threats.receivedBetween(period.start(), period.end(), asOf);
        Map<String, List<OversightReport.FigureView>> bySection = new LinkedHashMap<>();
        SECTIONS.keySet().forEach(s -> bySection.put(s, new ArrayList<>()));
        for (OversightSource source : sources) {
            for (Figure figure : source.figures(cases)) {
                bySection.computeIfAbsent(figure.section(), s -> new ArrayList<>())
                        .add(OversightReport.FigureView.of(figure, casesLink(figure.key(), period)));
            }
        }
        List<OversightReport.Section> sections = bySection.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new OversightReport.Section(e.getKey(), SECTIONS.getOrDefault(e.getKey(), e.getKey()),
                        List.copyOf(e.getValue()))).toList();
        return new OversightReport(period, asOf, sections);
    }

    /** The period's figures as a CSV download named after the period, links relative to this server. */
    public ResponseEntity<String> csvDownload(OversightPeriod period) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oversight-" + period.from() + "-to-"
                        + period.to() + ".csv\"")
                .body(csv(period, base));
    }

    /**
     * The figures of the period as CSV (one row per figure; docs/oversight.md lists the columns).
     *
     * @param base scheme, host and context path, to make each row's case link absolute
     */
    public String csv(OversightPeriod period, String base) {
        return OversightCsv.of(report(period), base);
    }

    static String casesLink(String key, OversightPeriod period) {
        return API + "/cases?figure=" + key + "&" + period.query();
    }

    /** One page of the cases behind a figure, most recently received first, each with what puts it there. */
    public Page<OversightCase> cases(String figure, OversightPeriod period, PageRequest request) {
        Behind behind = behind(figure, period);
        Page<ThreatView> page = threats.page(filter(period), behind.condition(), request);
        CaseSet.Builder onPage = CaseSet.builder(behind.cases().asOf());
        page.items().forEach(t -> onPage.add(t.id(), t.receivedAt()));
        Map<UUID, String> facts = behind.source().facts(figure, onPage.build());
        return page.map(t -> new OversightCase(t.id(), t.title(), t.receivedAt(), facts.get(t.id()),
                "/api/v1/threats/" + t.id()));
    }

    /** How many cases are behind a figure (for "1–50 of 73"). */
    public ListCount count(String figure, OversightPeriod period) {
        Behind behind = behind(figure, period);
        return threats.count(filter(period), behind.condition());
    }

    private record Behind(OversightSource source, SqlCondition condition, CaseSet cases) {
    }

    private Behind behind(String figure, OversightPeriod period) {
        if (figure == null || figure.isBlank()) {
            throw InvalidInput.of("figure", "is required: the key of a figure of GET " + API + ", e.g. "
                    + "determinations.outcome.DUTY_TO_WARN");
        }
        CaseSet cases = threats.receivedBetween(period.start(), period.end(), clock.instant());
        for (OversightSource source : sources) {
            Optional<SqlCondition> condition = source.casesBehind(figure, cases);
            if (condition.isPresent()) {
                return new Behind(source, condition.get(), cases);
            }
        }
        throw InvalidInput.of("figure", "is not a figure (" + figure + "): give the `key` of a figure of GET " + API
                + ", e.g. determinations.outcome.DUTY_TO_WARN");
    }

    private static ThreatFilter filter(OversightPeriod period) {
        return new ThreatFilter(null, null, null, null, period.start(), period.end(), null, null, false, null);
    }
}
