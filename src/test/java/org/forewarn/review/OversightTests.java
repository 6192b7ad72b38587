package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.warning.Sweeps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Six cases replayed on one day of a random past year, so that every figure of that day is exactly
 * what they make it, whatever else the shared database holds:
 * <ul>
 * <li>A: duty approved after 2 h; warned (hand-over after 5 h, within the deadline), acknowledged; the
 * public alerted 3 h after the No-Double-Standard obligation opened; an incident.</li>
 * <li>B: duty approved after 4 h (deadline 28 h); warning handed over after 31 h 10 min (missed by 3 h
 * 10 min), disputed, never acknowledged; NDS exception granted.</li>
 * <li>C: duty waived after 10 h (endangers sources).</li>
 * <li>D: NO_DUTY proposed and rejected, proposed again and awaiting.</li>
 * <li>E: duty approved after 6 h; its one warning rejected; nothing delivered (deadline missed).</li>
 * <li>F: duty approved after 1 h; warned after 2 h, no answer, escalated; NDS obligation still open.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;
    @Autowired
    ApplicationContext context;

    LocalDate day;
    String period;
    Map<String, String> cases = new HashMap<>();

    /** Once for the class (the instance lives as long as the class), after the base class has made {@code api}. */
    @BeforeEach
    void replayOnce() {
        if (day == null) {
            replay();
        }
    }

    private void replay() {
        Cases steps = new Cases(api);
        LocalDate chosen = LocalDate.of(ThreadLocalRandom.current().nextInt(1901, 1999), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 300));
        day = chosen;
        period = "from=" + day + "&to=" + day;
        Instant base = day.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);

        // A
        Instant a = base;
        String threatA = received(a, "A");
        String dutyA = at(a.plus(h(1)), () -> propose(threatA, Fixtures.dutyToWarn()));
        at(a.plus(h(2)), () -> decide(dutyA, "APPROVE"));
        String warningA = at(a.plus(h(4)), () -> steps.approvedDraft(threatA, officials(steps), "LIAISON"));
        at(a.plus(h(5)), () -> handOver(warningA, a.plus(h(5))));
        at(a.plus(h(6)), () -> api.as(LIAISON).post("/api/v1/warnings/" + warningA + "/acknowledgment",
                Map.of("receivedAt", a.plus(h(6)).toString())).expect(200));
        at(a.plus(h(8)), () -> {
            Map<String, Object> alert = Fixtures.embassyAlert();
            alert.put("threatId", threatA);
            return steps.publishedAlert(alert);
        });
        at(a.plus(h(30)), () -> api.as(ANALYST).post("/api/v1/threats/" + threatA + "/incidents", Map.of(
                "occurredAt", a.plus(h(29)).toString(), "description", "Armed assault on the venue")).expect(201));

        // B
        Instant b = base.plus(Duration.ofMinutes(1));
        String threatB = received(b, "B");
        String dutyB = at(b.plus(h(3)), () -> propose(threatB, Fixtures.dutyToWarn()));
        at(b.plus(h(4)), () -> decide(dutyB, "APPROVE"));
        String warningB = at(b.plus(h(20)), () -> steps.approvedDraft(threatB, officials(steps), "LIAISON"));
        Instant lateDelivery = b.plus(h(31)).plus(Duration.ofMinutes(10));
        at(lateDelivery, () -> handOver(warningB, lateDelivery));
        at(lateDelivery.plus(h(24)), () -> api.as(LIAISON).post("/api/v1/warnings/" + warningB + "/responses", Map.of(
                "kind", "DISPUTE", "receivedAt", lateDelivery.plus(h(23)).toString(),
                "text", "The information was too general")).expect(200));
        at(lateDelivery.plus(h(25)), () -> api.as(APPROVER).post("/api/v1/threats/" + threatB + "/nds-exception",
                Map.of("reason", "A public alert would tip off the plotters during an arrest operation.")).expect(200));

        // C
        Instant c = base.plus(Duration.ofMinutes(2));
        String threatC = received(c, "C");
        Map<String, Object> waiver = Fixtures.dutyToWarn();
        waiver.put("outcome", "WAIVED");
        waiver.put("waiverJustification", "ENDANGERS_SOURCES_OR_OPERATIONS");
        String waived = at(c.plus(h(9)), () -> propose(threatC, waiver));
        at(c.plus(h(10)), () -> decide(waived, "APPROVE"));

        // D
        Instant d = base.plus(Duration.ofMinutes(3));
        String threatD = received(d, "D");
        Map<String, Object> noDuty = Fixtures.dutyToWarn();
        noDuty.put("outcome", "NO_DUTY");
        noDuty.put("credible", false);
        String rejected = at(d.plus(h(1)), () -> propose(threatD, noDuty));
        at(d.plus(h(2)), () -> decide(rejected, "REJECT"));
        at(d.plus(h(3)), () -> propose(threatD, noDuty));

        // E
        Instant e = base.plus(Duration.ofMinutes(4));
        String threatE = received(e, "E");
        String dutyE = at(e.plus(h(5)), () -> propose(threatE, Fixtures.dutyToWarn()));
        at(e.plus(h(6)), () -> decide(dutyE, "APPROVE"));
        String draftE = at(e.plus(h(7)), () -> steps.draft(threatE, officials(steps), "LIAISON"));
        at(e.plus(h(8)), () -> api.as(APPROVER).post("/api/v1/warnings/" + draftE + "/approval",
                Map.of("decision", "REJECT", "note", "Names the source")).expect(200));

        // F
        Instant f = base.plus(Duration.ofMinutes(5));
        String threatF = received(f, "F");
        String dutyF = at(f.plus(Duration.ofMinutes(30)), () -> propose(threatF, Fixtures.dutyToWarn()));
        at(f.plus(h(1)), () -> decide(dutyF, "APPROVE"));
        String warningF = at(f.plus(Duration.ofMinutes(90)), () -> steps.approvedDraft(threatF, officials(steps),
                "LIAISON"));
        at(f.plus(h(2)), () -> handOver(warningF, f.plus(h(2))));
        clock.at(f.plus(h(76)), () -> Sweeps.acknowledgments(context));
        at(f.plus(h(77)), () -> api.as(APPROVER).post("/api/v1/warnings/" + warningF + "/escalation",
                Map.of("note", "Raised with the ambassador")).expect(200));

        cases.putAll(Map.of("A", threatA, "B", threatB, "C", threatC, "D", threatD, "E", threatE, "F", threatF));
    }

    @Test
    void everyFigureCountsExactlyTheCasesOfThePeriod() {
        JsonNode report = api.as(AUDITOR).get("/api/v1/oversight?" + period).expect(200).json();

        assertThat(report.at("/period/from").asString()).isEqualTo(day.toString());
        assertThat(report.at("/period/zone").asString()).isEqualTo("UTC");
        assertThat(report.at("/period/start").asString()).isEqualTo(day + "T00:00:00Z");
        assertThat(report.at("/period/end").asString()).isEqualTo(day.plusDays(1) + "T00:00:00Z");
        Map<String, String> values = values(report);
        Map<String, String> expected = new HashMap<>();
        expected.put("threats.received", "6");
        expected.put("threats.incident", "1");
        expected.put("threats.closed", "0");
        expected.put("determinations.outcome.DUTY_TO_WARN", "4");
        expected.put("determinations.outcome.WAIVED", "1");
        expected.put("determinations.outcome.NO_DUTY", "0");
        expected.put("determinations.awaiting", "1");
        expected.put("waivers.justification.ENDANGERS_SOURCES_OR_OPERATIONS", "1");
        expected.put("waivers.justification.VICTIM_ALREADY_AWARE", "0");
        expected.put("rates.determinations.approved", "5/6");
        expected.put("rates.determinations.rejected", "1/6");
        expected.put("rates.warnings.approved", "3/4");
        expected.put("rates.warnings.rejected", "1/4");
        // 1, 2, 4, 6, 10 h: the median is 4 h; p90 lies 60% of the way from 6 h to 10 h.
        expected.put("times.informationToDetermination.median", "PT4H over 5");
        expected.put("times.informationToDetermination.p90", "PT8H24M over 5");
        // 2 h, 5 h, 31 h 10 min: p90 lies 80% of the way from 5 h to 31 h 10 min.
        expected.put("times.informationToFirstDelivery.median", "PT5H over 3");
        expected.put("times.informationToFirstDelivery.p90", "PT25H56M over 3");
        expected.put("deadlines.duties", "4");
        expected.put("deadlines.missed", "2");
        expected.put("deadlines.missed.deliveredLate", "1");
        expected.put("deadlines.missed.notDelivered", "1");
        expected.put("nds.opened", "3");
        expected.put("nds.satisfiedByAlert", "1");
        expected.put("nds.exceptionGranted", "1");
        expected.put("nds.open", "1");
        expected.put("nds.timeToAlert.median", "PT3H over 1");
        expected.put("warnings.delivered", "3");
        expected.put("warnings.acknowledged", "1");
        expected.put("warnings.unanswered", "2");
        expected.put("warnings.escalated", "1");
        expected.put("disputes.warnings", "1");
        assertThat(values).containsAllEntriesOf(expected);

        List<String> sections = report.get("sections").valueStream().map(s -> s.get("key").asString()).toList();
        assertThat(sections).containsExactly("threats", "determinations", "waivers", "rates", "times", "deadlines",
                "nds", "warnings", "disputes");
        JsonNode hours = figure(report, "times.informationToFirstDelivery.p90").at("/value/hours");
        assertThat(hours.asDouble()).isEqualTo(25.93);
        assertThat(figure(report, "rates.warnings.approved").at("/value/fraction").asDouble()).isEqualTo(0.75);
    }

    @Test
    void everyFigureLinksToExactlyTheCasesBehindIt() {
        JsonNode report = api.as(APPROVER).get("/api/v1/oversight?" + period).expect(200).json();
        String link = figure(report, "deadlines.missed").get("cases").asString();
        assertThat(link).isEqualTo("/api/v1/oversight/cases?figure=deadlines.missed&from=" + day + "&to=" + day
                + "&zone=UTC");

        JsonNode missed = api.as(APPROVER).get(link).expect(200).json();
        assertThat(ids(missed)).containsExactly(cases.get("E"), cases.get("B"));
        assertThat(missed.get("items").get(1).get("fact").asString()).startsWith("deadline missed by 3 h 10 min");
        assertThat(missed.get("items").get(0).get("fact").asString()).startsWith("deadline missed: passed");
        assertThat(missed.get("items").get(0).get("title").asString()).contains("case E");

        assertThat(casesOf("waivers.justification.ENDANGERS_SOURCES_OR_OPERATIONS")).containsExactly(cases.get("C"));
        assertThat(casesOf("determinations.outcome.DUTY_TO_WARN")).containsExactly(cases.get("F"), cases.get("E"),
                cases.get("B"), cases.get("A"));
        assertThat(casesOf("rates.determinations.rejected")).containsExactly(cases.get("D"));
        assertThat(casesOf("disputes.warnings")).containsExactly(cases.get("B"));
        assertThat(casesOf("warnings.escalated")).containsExactly(cases.get("F"));
        assertThat(casesOf("warnings.unanswered")).containsExactly(cases.get("F"), cases.get("B"));
        assertThat(casesOf("nds.satisfiedByAlert")).containsExactly(cases.get("A"));
        assertThat(casesOf("times.informationToDetermination.p90")).containsExactly(cases.get("C"));
        assertThat(casesOf("times.informationToFirstDelivery.p90")).containsExactly(cases.get("B"));
        assertThat(casesOf("threats.received")).hasSize(6);

        JsonNode slowest = api.as(ANALYST).get("/api/v1/oversight/cases?figure=times.informationToDetermination.p90&"
                + period).expect(200).json();
        assertThat(slowest.at("/items/0/fact").asString())
                .isEqualTo("determination approved 10 h after the information was received");
        JsonNode nds = api.as(ANALYST).get("/api/v1/oversight/cases?figure=nds.satisfiedByAlert&" + period)
                .expect(200).json();
        assertThat(nds.at("/items/0/fact").asString()).endsWith("satisfied by a public alert 3 h later");
    }

    @Test
    void theCasesBehindAFigureComeOnePageAtATime() {
        var first = api.as(AUDITOR).get("/api/v1/oversight/cases?figure=threats.received&limit=4&" + period)
                .expect(200);
        assertThat(ids(first.json())).containsExactly(cases.get("F"), cases.get("E"), cases.get("D"), cases.get("C"));
        assertThat(first.header("Link")).contains("rel=\"next\"");
        String next = first.json().get("next").asString();
        JsonNode second = api.as(AUDITOR).get("/api/v1/oversight/cases?figure=threats.received&limit=4&cursor=" + next
                + "&" + period).expect(200).json();
        assertThat(ids(second)).containsExactly(cases.get("B"), cases.get("A"));
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void aPeriodInAnotherZoneCountsTheDaysThere() {
        // 08:00 UTC is 17:00 the same day in Tokyo (UTC+9 all century)...
        JsonNode tokyo = api.as(AUDITOR).get("/api/v1/oversight?" + period + "&zone=Asia/Tokyo").expect(200).json();
        assertThat(tokyo.at("/period/zone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(tokyo.at("/period/start").asString()).isEqualTo(day.minusDays(1) + "T15:00:00Z");
        assertThat(values(tokyo).get("threats.received")).isEqualTo("6");
        assertThat(figure(tokyo, "threats.received").get("cases").asString()).endsWith("&zone=Asia%2FTokyo");
        // ...and the evening before in Honolulu (UTC-10:30 or -10).
        JsonNode honolulu = api.as(AUDITOR).get("/api/v1/oversight?" + period + "&zone=Pacific/Honolulu")
                .expect(200).json();
        assertThat(values(honolulu).get("threats.received")).isEqualTo("0");
    }

    @Test
    void aWrongPeriodOrFigureIsAProblemNamingTheParameter() {
        expectProblem("/api/v1/oversight?from=2024-13-01", "from");
        expectProblem("/api/v1/oversight?from=2024-03-02&to=2024-03-01", "from");
        expectProblem("/api/v1/oversight?to=yesterday", "to");
        expectProblem("/api/v1/oversight?zone=Mars/Olympus", "zone");
        expectProblem("/api/v1/oversight/cases?figure=threats.imaginary&" + period, "figure");
        expectProblem("/api/v1/oversight/cases?" + period, "figure");

        var csv = api.as(AUDITOR).get("/api/v1/oversight?from=1999-02-30", "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(csv.body()).contains("\"field\":\"from\"");
    }

    @Test
    void theSameFiguresComeAsCsv() {
        var csv = api.as(AUDITOR).get("/api/v1/oversight?" + period, "Accept", "text/csv").expect(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,key,label,value,unit,numerator,denominator,cases_link");
        assertThat(lines).contains("deadlines,deadlines.missed,Deadlines missed: no warning delivered by the deadline,"
                + "2,count,,,http://localhost/api/v1/oversight/cases?figure=deadlines.missed&from=" + day + "&to=" + day
                + "&zone=UTC");
        assertThat(lines).contains("rates,rates.warnings.approved,Warnings decided that were approved,0.75,fraction,3,4,"
                + "http://localhost/api/v1/oversight/cases?figure=rates.warnings.approved&from=" + day + "&to=" + day
                + "&zone=UTC");
        assertThat(lines).anyMatch(l -> l.startsWith("waivers,waivers.justification.ENDANGERS_SOURCES_OR_OPERATIONS,"
                + "\"Waivers approved: Warning would unduly endanger sources, methods, personnel or operations.\",1,"));
        assertThat(lines).hasSize(1 + values(api.as(AUDITOR).get("/api/v1/oversight?" + period).json()).size());

        var file = api.as(AUDITOR).get("/api/v1/oversight.csv?" + period).expect(200);
        assertThat(file.body()).isEqualTo(csv.body());
        assertThat(file.header("Content-Disposition")).contains("oversight-" + day + "-to-" + day + ".csv");
    }

    @Test
    void csvFieldsAreQuotedWhereTheyMustBe() {
        assertThat(OversightCsv.field("plain")).isEqualTo("plain");
        assertThat(OversightCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(OversightCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(OversightCsv.field("=1+1")).isEqualTo("'=1+1");
    }

    private void expectProblem(String path, String field) {
        var response = api.as(AUDITOR).get(path).expect(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    private List<String> casesOf(String figure) {
        return ids(api.as(AUDITOR).get("/api/v1/oversight/cases?figure=" + figure + "&" + period).expect(200).json());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static JsonNode figure(JsonNode report, String key) {
        for (JsonNode section : report.get("sections")) {
            for (JsonNode f : section.get("figures")) {
                if (f.get("key").asString().equals(key)) {
                    return f;
                }
            }
        }
        throw new AssertionError("no figure " + key);
    }

    /** Each figure's value in one string: "3", "3/4", "PT4H over 5". */
    private static Map<String, String> values(JsonNode report) {
        Map<String, String> values = new HashMap<>();
        for (JsonNode section : report.get("sections")) {
            for (JsonNode f : section.get("figures")) {
                JsonNode v = f.get("value");
                values.put(f.get("key").asString(), switch (v.get("unit").asString()) {
                    case "COUNT" -> v.get("count").asString();
                    case "FRACTION" -> v.get("numerator").asString() + "/" + v.get("denominator").asString();
                    default -> (v.has("duration") ? v.get("duration").asString() : "none") + " over "
                            + v.get("measured").asString();
                });
            }
        }
        return values;
    }

    private String received(Instant at, String name) {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("title", "Oversight case " + name + " " + day);
        threat.put("receivedAt", at.toString());
        return at(at.plus(Duration.ofMinutes(10)), () -> api.as(ANALYST).post("/api/v1/threats", threat).expect(201)
                .id());
    }

    private String propose(String threat, Map<String, Object> determination) {
        return api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", determination).expect(201).id();
    }

    private Object decide(String determination, String decision) {
        return api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval",
                Map.of("decision", decision, "note", "Reviewed")).expect(200);
    }

    private static String officials(Cases steps) {
        return steps.recipient("ADVERSARY", Fixtures.liaisonChannel());
    }

    private Object handOver(String warning, Instant at) {
        return api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of("deliveredBy", "Station officer",
                "handedOverAt", at.toString())).expect(200);
    }

    private <T> T at(Instant at, Supplier<T> work) {
        return clock.at(at, work);
    }

    private static Duration h(long hours) {
        return Duration.ofHours(hours);
    }
}
