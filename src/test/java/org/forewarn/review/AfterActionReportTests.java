package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The after-action report, section by section, for cases played out at the times they happened
 * (the scenario clock), read back through the API and as PDF.
 */
class AfterActionReportTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    /** A case like Crocus: warned in time, acknowledged, the public told after 30 h, attacked, disputed. */
    private String crocusLikeCase() {
        String threat = at("2024-03-05T16:30:00+03:00", () -> cases.threatWithDuty());
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = at("2024-03-06T12:00:00+03:00", () -> cases.approvedDraft(threat, recipient, "LIAISON"));
        at("2024-03-06T15:00:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send",
                Map.of()).expect(200));
        at("2024-03-07T12:30:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment",
                Map.of("receivedAt", "2024-03-07T12:00:00+03:00",
                        "response", "FSB announces it prevented an attack on a Moscow synagogue.")).expect(200));
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        at("2024-03-07T21:00:00+03:00", () -> cases.publishedAlert(alert));
        at("2024-03-23T09:00:00+03:00", () -> api.as(ANALYST).post("/api/v1/threats/" + threat + "/incidents",
                Map.of("occurredAt", "2024-03-22T20:00:00+03:00", "place", "Crocus City Hall, Krasnogorsk",
                        "description", "Gunmen attacked a concert.", "dead", 144, "injured", 551)).expect(201));
        at("2024-03-26T12:30:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/responses",
                Map.of("kind", "DISPUTE", "receivedAt", "2024-03-26T12:00:00+03:00",
                        "text", "The information was too general.", "source", "Head of the SVR, to Interfax"))
                .expect(200));
        Map<String, Object> claim = new java.util.HashMap<>(Map.of("party", "Director of the FSB",
                "kind", "CHARACTERIZATION_OF_WARNING", "statement", "The information was general.",
                "madeAt", "2024-03-26T10:00:00+03:00", "learnedAt", "2024-03-26T18:00:00+03:00",
                "source", Map.of("outlet", "TASS"), "sourceReliability", "C", "informationCredibility", 3));
        claim.put("warningIds", List.of(warning));
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/claims", claim).expect(201);
        return threat;
    }

    @Test
    void theReportOfAWarnedCaseShowsItsTimelineLeadTimesReceiptsDisputeComplianceAndFindings() {
        String threat = crocusLikeCase();

        JsonNode report = api.as(ANALYST).get("/api/v1/threats/" + threat + "/review").expect(200).json();

        // 1. Overview
        JsonNode overview = report.get("overview");
        assertThat(report.get("banner").asString()).isEqualTo("SECRET // TLP:RED");
        assertThat(overview.get("outcome").asString()).isEqualTo("INCIDENT");
        assertThat(overview.get("outcomeSummary").asString())
                .isEqualTo("Incident on 22 Mar 2024 20:00 MSK at Crocus City Hall, Krasnogorsk: 144 dead, 551 injured.");
        assertThat(texts(overview.get("participants"), "role")).contains("Analyst", "Approver", "Liaison", "Consular");
        assertThat(overview.get("protectedDetails").get("protectedTerms").toString()).contains("NIGHTJAR");

        // 2. Timeline, from the audit chain
        JsonNode timeline = report.get("timeline");
        assertThat(texts(timeline.get("entries"), "event")).containsSubsequence("ThreatReported",
                "DeterminationProposed", "DeterminationApproved", "WarningDrafted", "WarningApproved", "WarningSent",
                "WarningDelivered", "WarningAcknowledged", "AlertPublished", "NdsObligationSatisfied",
                "IncidentRecorded", "WarningResponseRecorded");
        JsonNode delivered = entry(timeline.get("entries"), "WarningDelivered");
        assertThat(delivered.get("at").asString()).isEqualTo("2024-03-06T12:00:00Z");
        JsonNode incident = entry(timeline.get("entries"), "IncidentRecorded");
        assertThat(incident.get("at").asString()).isEqualTo("2024-03-22T17:00:00Z");
        assertThat(incident.get("recordedAt").asString()).as("recorded the next morning").isEqualTo("2024-03-23T06:00:00Z");
        assertThat(texts(timeline.get("leadTimes"), "milestone")).containsExactly("Information received",
                "Determination proposed", "Determination approved",
                "First warning delivered (" + recipientOf(report) + ")", "First acknowledgment",
                "Public alert published", "Incident");
        JsonNode attack = timeline.get("leadTimes").get(6);
        assertThat(attack.get("sincePreviousWords").asString()).isEqualTo("14 days 23 h");
        JsonNode deadline = timeline.get("deadlines").get(0);
        assertThat(deadline.get("name").asString()).isEqualTo("Warning deadline");
        assertThat(deadline.get("status").asString()).isEqualTo("MET");
        assertThat(deadline.get("sentence").asString()).isEqualTo("Warning deadline (6 Mar 2024 16:30 MSK) met: the "
                + "first warning was delivered 6 Mar 2024 15:00 MSK, 1 h 30 min before it.");
        assertThat(timeline.get("chain").get("valid").asBoolean()).isTrue();

        // 3. Known vs shared
        JsonNode kvs = report.get("knownVsShared").get(0);
        assertThat(kvs.get("fromReceipt").asBoolean()).isTrue();
        assertThat(kvs.get("text").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(row(kvs, "TARGET").get("foundInText").toString()).contains("Crocus City Hall");
        assertThat(row(kvs, "TIME").get("foundInText").get(0).asString()).isEqualTo("in the coming weeks");
        assertThat(row(kvs, "METHOD").get("inText").asBoolean()).isFalse();
        assertThat(row(kvs, "METHOD").get("withheldReason").asString())
                .isEqualTo("Would reveal how the information was obtained.");
        assertThat(kvs.get("flags")).isEmpty();
        assertThat(kvs.get("inText").get("score").asInt()).isEqualTo(90);

        // 4. What the receipt proves, re-verified
        JsonNode proof = report.get("receipts").get(0);
        assertThat(proof.get("signatureValid").asBoolean()).isTrue();
        assertThat(proof.get("textMatchesChain").asBoolean()).isTrue();
        assertThat(proof.get("sentence").asString()).startsWith("The text delivered to " + recipientOf(report)
                + " on 6 Mar 2024 15:00 MSK named Crocus City Hall, the window (“in the coming weeks”), the place "
                + "(Moscow and Krasnogorsk) and the actor (Islamic State)").contains("signature valid (key id " + proof.get("keyId").asString() + ")");

        // 5. The dispute, set against the receipt
        JsonNode dispute = report.get("responses").get(0).get("said").get(1);
        assertThat(dispute.get("kind").asString()).isEqualTo("DISPUTE");
        assertThat(dispute.get("answer").asString()).startsWith("The signed receipt proves the text delivered on "
                + "6 Mar 2024 15:00 MSK named Crocus City Hall").contains("specificity is 90/100 (HIGH)");

        // A public claim about the warning is set against the receipt too.
        JsonNode claim = report.get("responses").get(0).get("claims").get(0);
        assertThat(claim.get("party").asString()).isEqualTo("Director of the FSB");
        assertThat(claim.get("answer").asString()).startsWith("The signed receipt proves the text delivered on "
                + "6 Mar 2024 15:00 MSK named Crocus City Hall");

        // 6. Compliance
        assertThat(status(report, "duty-criteria")).isEqualTo("PASSED");
        assertThat(status(report, "waiver-justified")).isEqualTo("NOT_APPLICABLE");
        assertThat(status(report, "separation-of-duties")).isEqualTo("PASSED");
        assertThat(status(report, "adversary-approval")).isEqualTo("PASSED");
        assertThat(status(report, "warning-deadline")).isEqualTo("PASSED");
        assertThat(status(report, "no-double-standard")).isEqualTo("PASSED");
        assertThat(compliance(report, "no-double-standard").get("evidence").asString()).endsWith("30 h later.");
        assertThat(status(report, "acknowledgment")).isEqualTo("PASSED");
        assertThat(status(report, "audit-chain")).isEqualTo("PASSED");

        // 7. Findings drawn from the rules
        JsonNode nds = finding(report, "nds.delay");
        assertThat(nds.get("title").asString()).isEqualTo("Public alert 30 h after officials were warned");
        assertThat(nds.get("kind").asString()).isEqualTo("AREA_FOR_IMPROVEMENT");
        assertThat(finding(report, "lead-time").get("title").asString()).isEqualTo("Warned 16 days 5 h before the incident");
        assertThat(finding(report, "deadline.met").get("kind").asString()).isEqualTo("STRENGTH");
    }

    @Test
    void aWarningWhoseTextDisagreesWithItsDeclaredFacetsIsFlaggedAndScoredFromItsText() {
        String threat = at("2024-03-05T16:30:00+03:00", () -> cases.threatWithDuty());
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        // Declares target and time shared, but names neither: a text the recipient could call too general.
        Map<String, Object> vague = Fixtures.warning(recipient, "LIAISON",
                "Extremists may attack large gatherings in Moscow.");
        // Declares the target withheld, but names it.
        Map<String, Object> naming = Fixtures.warning(recipient, "LIAISON",
                "Islamic State operatives plan to attack Crocus City Hall in the coming weeks.");
        naming.put("facets", Map.of("actor", "SHARED", "target", "WITHHELD", "place", "SHARED", "time", "SHARED",
                "method", "WITHHELD"));
        naming.put("withheldReasons", Map.of("method", "Would reveal how.", "target", "Would reveal the source."));
        String w1 = at("2024-03-06T12:00:00+03:00", () -> api.as(ANALYST).post("/api/v1/threats/" + threat
                + "/warnings", vague).expect(201).id());
        String w2 = at("2024-03-06T12:05:00+03:00", () -> api.as(ANALYST).post("/api/v1/threats/" + threat
                + "/warnings", naming).expect(201).id());
        for (String w : List.of(w1, w2)) {
            at("2024-03-06T13:00:00+03:00", () -> api.as(APPROVER).post("/api/v1/warnings/" + w + "/approval",
                    Map.of("decision", "APPROVE")).expect(200));
        }
        // Delivered the day after the deadline (approval + 24 h = 6 Mar 16:30 MSK).
        at("2024-03-07T19:40:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + w1 + "/send", Map.of())
                .expect(200));

        JsonNode report = api.as(ANALYST).get("/api/v1/threats/" + threat + "/review").expect(200).json();

        JsonNode vagueRows = warningFacets(report, w1);
        assertThat(row(vagueRows, "TARGET").get("flag").asString()).isEqualTo("DECLARED_SHARED_BUT_ABSENT");
        assertThat(row(vagueRows, "TIME").get("flag").asString()).isEqualTo("DECLARED_SHARED_BUT_ABSENT");
        assertThat(row(vagueRows, "ACTOR").get("flag").asString()).isEqualTo("DECLARED_SHARED_BUT_ABSENT");
        assertThat(row(vagueRows, "PLACE").get("flag").asString()).isEqualTo("NONE");
        assertThat(vagueRows.get("declared").get("score").asInt()).isEqualTo(90);
        assertThat(vagueRows.get("inText").get("score").asInt()).isEqualTo(25);
        assertThat(vagueRows.get("inText").get("level").asString()).isEqualTo("LOW");

        JsonNode namingRows = warningFacets(report, w2);
        assertThat(namingRows.get("fromReceipt").asBoolean()).as("not delivered: its draft is read").isFalse();
        assertThat(row(namingRows, "TARGET").get("flag").asString()).isEqualTo("DECLARED_WITHHELD_BUT_PRESENT");
        assertThat(row(namingRows, "TARGET").get("foundInText").get(0).asString()).isEqualTo("Crocus City Hall");

        String vagueRef = vagueRows.get("reference").asString();
        assertThat(finding(report, "text.absent.target." + vagueRef).get("kind").asString())
                .isEqualTo("AREA_FOR_IMPROVEMENT");
        assertThat(finding(report, "specificity.low." + vagueRef).get("title").asString())
                .endsWith("was too general to act on");
        assertThat(finding(report, "text.present.target." + namingRows.get("reference").asString())).isNotNull();
        assertThat(finding(report, "deadline.missed").get("title").asString()).isEqualTo("Deadline missed by 27 h 10 min");
        assertThat(status(report, "warning-deadline")).isEqualTo("FAILED");
        assertThat(report.get("receipts").get(0).get("sentence").asString()).contains("named the place (Moscow)")
                .contains("but not the target, the time, the actor and the method");
    }

    @Test
    void theTimelineIsTheChainsAndDoesNotFollowAnEditedTable() {
        String threat = crocusLikeCase();
        // Someone with database access moves the delivery a day later in the warnings table.
        jdbc.sql("update warnings set delivered_at = delivered_at + interval '1 day' where threat_id = :threat")
                .param("threat", java.util.UUID.fromString(threat)).update();

        JsonNode report = api.as(ANALYST).get("/api/v1/threats/" + threat + "/review").expect(200).json();
        assertThat(entry(report.get("timeline").get("entries"), "WarningDelivered").get("at").asString())
                .isEqualTo("2024-03-06T12:00:00Z");
        JsonNode timeline = api.as(ANALYST).get("/api/v1/threats/" + threat + "/timeline").expect(200).json();
        JsonNode delivered = null;
        for (JsonNode e : timeline.get("entries")) {
            if (e.get("kind").asString().equals("WARNING_DELIVERED")) {
                delivered = e;
            }
        }
        assertThat(delivered.get("at").asString()).isEqualTo("2024-03-06T12:00:00Z");
    }

    @Test
    void aReaderNotClearedForTheCaseGetsTheReportWithoutProtectedDetailsOrReasons() {
        String threat = crocusLikeCase();

        var uncleared = api.as(CONSULAR).get("/api/v1/threats/" + threat + "/review").expect(200);
        JsonNode report = uncleared.json();

        assertThat(report.get("cleared").asBoolean()).isFalse();
        assertThat(report.get("overview").has("protectedDetails")).isFalse();
        assertThat(row(report.get("knownVsShared").get(0), "METHOD").has("withheldReason")).isFalse();
        assertThat(uncleared.body()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder method name",
                "liaison-derived reporting", "Would reveal how the information was obtained");
        // What every reader may see is all there.
        assertThat(report.get("receipts").get(0).get("signatureValid").asBoolean()).isTrue();

        byte[] pdf = api.as(CONSULAR).get("/api/v1/threats/" + threat + "/review.pdf", "Accept", "application/pdf").expect(200).bytes();
        String text = pdfText(pdf);
        assertThat(text).doesNotContain("NIGHTJAR", "placeholder method name", "Would reveal how the information");
        assertThat(text).contains("Crocus City Hall");
    }

    @Test
    void thePdfCarriesTheFactsTheBannerOnEveryPageAndItsFonts() throws IOException {
        String threat = crocusLikeCase();

        var response = api.as(AUDITOR).get("/api/v1/threats/" + threat + "/review.pdf", "Accept", "application/pdf").expect(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"after-action-report-");

        try (PDDocument pdf = Loader.loadPDF(response.bytes())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).strip();
                assertThat(text).as("page %d starts with the banner", page).startsWith("SECRET // TLP:RED");
                assertThat(text.lines().filter(l -> l.contains("SECRET // TLP:RED")).count())
                        .as("page %d has the banner top and bottom", page).isEqualTo(2);
            }
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        String text = pdfText(response.bytes()).replaceAll("\\s+", " ");
        assertThat(text).contains("After-action report");
        assertThat(text).contains("named Crocus City Hall, the window (“in the coming weeks”)");
        assertThat(text).contains("signature valid");
        assertThat(text).contains("The information was too general.");
        assertThat(text).contains("Public alert 30 h after officials were warned");
        assertThat(text).contains("Warned 16 days 5 h before the incident");
    }

    // --- helpers ---

    private <T> T at(String time, Supplier<T> step) {
        return clock.at(OffsetDateTime.parse(time).toInstant(), step);
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asString()));
        return texts;
    }

    private static JsonNode entry(JsonNode entries, String event) {
        for (JsonNode e : entries) {
            if (e.get("event").asString().equals(event)) {
                return e;
            }
        }
        throw new AssertionError("no " + event + " in " + entries);
    }

    private static JsonNode row(JsonNode warningFacets, String facet) {
        for (JsonNode r : warningFacets.get("rows")) {
            if (r.get("facet").asString().equals(facet)) {
                return r;
            }
        }
        throw new AssertionError("no row " + facet);
    }

    private static JsonNode warningFacets(JsonNode report, String warningId) {
        for (JsonNode w : report.get("knownVsShared")) {
            if (w.get("warningId").asString().equals(warningId)) {
                return w;
            }
        }
        throw new AssertionError("no warning " + warningId);
    }

    private static String recipientOf(JsonNode report) {
        return report.get("knownVsShared").get(0).get("recipient").asString();
    }

    private static JsonNode compliance(JsonNode report, String rule) {
        for (JsonNode c : report.get("compliance")) {
            if (c.get("rule").asString().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no rule " + rule);
    }

    private static String status(JsonNode report, String rule) {
        return compliance(report, rule).get("status").asString();
    }

    private static JsonNode finding(JsonNode report, String key) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("key").asString().equals(key)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + key + " in " + report.get("findings"));
    }
}
