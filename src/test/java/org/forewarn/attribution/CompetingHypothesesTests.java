package org.forewarn.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class CompetingHypothesesTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    /** The Crocus matrix (scenarios/crocus-2024): ids of H1-H3 and E1-E4; E2 is SECRET and holds {@code secret}. */
    private record Matrix(String threat, List<String> h, List<String> e) {
    }

    private Matrix crocus(String secret) {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;
        List<String> h = new ArrayList<>();
        for (String text : List.of("Islamic State (ISIS-K) planned and carried out the attack on its own.",
                "ISIS-K carried out the attack directed or helped by Ukrainian services (the Russian government's claim).",
                "ISIS-K carried out the attack helped by Western services (the FSB director's claim).")) {
            h.add(api.as(ANALYST).post(base + "/hypotheses", Map.of("text", text)).expect(201).id());
        }
        List<String> e = new ArrayList<>();
        e.add(evidence(base, "ISIS claimed the attack through Amaq the same evening.", "HIGH", "HIGH", "UNCLASSIFIED"));
        e.add(evidence(base, secret, "HIGH", "MEDIUM", "SECRET"));
        e.add(evidence(base, "The attackers drove towards the Bryansk region.", "MEDIUM", "LOW", "UNCLASSIFIED"));
        e.add(evidence(base, "Released footage shows the attackers only, filmed by themselves.", "HIGH", "MEDIUM",
                "UNCLASSIFIED"));
        String[][] ratings = {{"C", "N", "N"}, {"C", "I", "II"}, {"N", "C", "N"}, {"C", "I", "I"}};
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 3; col++) {
                api.as(ANALYST).post(base + "/ratings", Map.of("hypothesisId", h.get(col), "evidenceId", e.get(row),
                        "rating", ratings[row][col])).expect(201);
            }
        }
        return new Matrix(threat, h, e);
    }

    private String evidence(String base, String text, String credibility, String relevance, String classification) {
        return api.as(ANALYST).post(base + "/evidence", Map.of("text", text, "credibility", credibility,
                "relevance", relevance, "classification", classification)).expect(201).id();
    }

    private static Map<String, Double> scores(JsonNode matrix) {
        Map<String, Double> scores = new HashMap<>();
        matrix.get("ranking").forEach(r -> scores.put(r.get("label").asString(), r.get("score").asDouble()));
        return scores;
    }

    @Test
    void theCrocusMatrixLeadsWithIslamicStateAloneAndSwitchingRowsOffChangesTheRanking() {
        Matrix m = crocus("Intercept: the cell's handler is in Khorasan, protected " + UUID.randomUUID());

        JsonNode matrix = api.as(LIAISON).get("/api/v1/threats/" + m.threat() + "/matrix").expect(200).json();

        assertThat(matrix.get("leading").get(0).asString()).isEqualTo("H1");
        assertThat(matrix.get("leading")).hasSize(1);
        assertThat(scores(matrix)).containsEntry("H1", 0.0).containsEntry("H2", 2.828).containsEntry("H3", 4.242);
        assertThat(matrix.get("cells")).hasSize(12);
        List<String> diagnosticity = new ArrayList<>();
        matrix.get("evidence").forEach(row -> diagnosticity.add(row.get("diagnosticity").asString()));
        assertThat(diagnosticity).containsExactly("NOT_DIAGNOSTIC", "DIAGNOSTIC", "NOT_DIAGNOSTIC", "DIAGNOSTIC");

        JsonNode withoutE2 = api.as(LIAISON).get("/api/v1/threats/" + m.threat() + "/matrix?exclude=" + m.e().get(1))
                .expect(200).json();
        assertThat(scores(withoutE2)).containsEntry("H2", 1.414).containsEntry("H3", 1.414);
        assertThat(withoutE2.get("ranking").get(1).get("tied").asBoolean()).isTrue();
        assertThat(withoutE2.get("evidence").get(1).get("included").asBoolean()).isFalse();

        JsonNode withoutE2E4 = api.as(ANALYST).get("/api/v1/threats/" + m.threat() + "/matrix?exclude=E2,E4")
                .expect(200).json();
        assertThat(withoutE2E4.get("leading")).hasSize(3);
        assertThat(withoutE2E4.get("excluded").toString()).contains("E2", "E4");

        assertThat(api.as(ANALYST).get("/api/v1/threats/" + m.threat() + "/matrix?exclude=E9").status())
                .isEqualTo(400);
    }

    @Test
    void anUnclearedReaderSeesNoProtectedEvidenceInTheMatrixTheEvidenceListTheTimelineTheExportOrTheAuditChain() {
        String secret = "NIGHTHAWK-" + UUID.randomUUID();
        Matrix m = crocus("Liaison intercept " + secret + " names the handler.");
        String base = "/api/v1/threats/" + m.threat();

        for (String uncleared : List.of(CONSULAR, JUNIOR_ANALYST)) {
            String matrix = api.as(uncleared).get(base + "/matrix").expect(200).body();
            String evidence = api.as(uncleared).get(base + "/evidence").expect(200).body();
            assertThat(matrix).doesNotContain(secret).contains("protected evidence (1)");
            assertThat(evidence).doesNotContain(secret).contains("protected evidence (1)");
            JsonNode row = api.as(uncleared).get(base + "/evidence").expect(200).json().get("items").get(1);
            assertThat(row.get("protected").asBoolean()).isTrue();
            assertThat(row.has("text")).isFalse();
            // Its ratings still count: the scores are the same for everyone.
            assertThat(scores(api.as(uncleared).get(base + "/matrix").expect(200).json())).containsEntry("H3", 4.242);
            assertThat(api.as(uncleared).get(base + "/timeline").expect(200).body()).doesNotContain(secret)
                    .contains("ISIS claimed the attack");
            assertThat(api.as(uncleared).get(base + "/stix").expect(200).body()).doesNotContain(secret)
                    .contains("ISIS claimed the attack");
        }
        // Not even the cleared take protected evidence out in an export.
        assertThat(api.as(ANALYST).get(base + "/stix").expect(200).body()).doesNotContain(secret);
        assertThat(api.as(ANALYST).get(base + "/evidence").expect(200).body()).contains(secret);

        String audit = api.as(AUDITOR).all("/api/v1/audit?caseId=" + m.threat()).toString();
        assertThat(audit).contains("EvidenceAdded", "ConsistencyRated", "HypothesisStated")
                .contains("ISIS claimed the attack").doesNotContain(secret);
    }

    @Test
    void theMatrixAsItStoodOnAnEarlierDateShowsTheRatingsThen() {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(3, ChronoUnit.HOURS);
        String[] ids = clock.at(start, () -> new String[] {
                api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "A lone actor.")).expect(201).id(),
                api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "An organised group.")).expect(201).id(),
                evidence(base, "One attacker seen.", "MEDIUM", "HIGH", "UNCLASSIFIED")});
        Map<String, Object> cell = Map.of("hypothesisId", ids[0], "evidenceId", ids[2], "rating", "C");
        clock.at(start.plus(1, ChronoUnit.HOURS), () -> api.as(ANALYST).post(base + "/ratings", cell).expect(201));
        clock.at(start.plus(2, ChronoUnit.HOURS), () -> api.as(ANALYST).post(base + "/ratings",
                Map.of("hypothesisId", ids[0], "evidenceId", ids[2], "rating", "II")).expect(201));

        JsonNode then = api.as(AUDITOR).get(base + "/matrix?asOf=" + start.plus(90, ChronoUnit.MINUTES)).expect(200).json();
        JsonNode now = api.as(AUDITOR).get(base + "/matrix").expect(200).json();
        JsonNode before = api.as(AUDITOR).get(base + "/matrix?asOf=" + start.minusSeconds(1)).expect(200).json();

        assertThat(then.get("cells").get(0).get("rating").asString()).isEqualTo("C");
        assertThat(then.get("leading")).hasSize(2);
        assertThat(now.get("cells").get(0).get("rating").asString()).isEqualTo("II");
        assertThat(now.get("cells")).hasSize(1);
        assertThat(now.get("leading").get(0).asString()).isEqualTo("H2");
        assertThat(scores(now)).containsEntry("H1", 2.828);
        assertThat(before.get("hypotheses")).isEmpty();
    }

    @Test
    void aJudgementUsesTheWordsOfIcd203AndKeepsTheMatrixItRestsOn() {
        Matrix m = crocus("protected " + UUID.randomUUID());
        String base = "/api/v1/threats/" + m.threat();

        JsonNode judgement = api.as(ANALYST).post(base + "/judgements", Map.of("statement",
                "ISIS-K very likely planned and carried out the attack on its own.", "likelihood", "VERY_LIKELY"))
                .expect(201).json();
        api.as(ANALYST).post(base + "/judgements", Map.of("statement",
                "It is unlikely that Ukrainian services directed the attack.", "likelihood", "UNLIKELY")).expect(201);

        assertThat(judgement.get("likelihoodWords").asString()).isEqualTo("very likely");
        assertThat(judgement.get("likelihoodPercent").asString()).isEqualTo("80-95 %");
        assertThat(judgement.get("basedOnMatrixAt").asString()).isNotBlank();
        assertThat(judgement.get("scores").get(0).get("label").asString()).isEqualTo("H1");
        JsonNode listed = api.as(CONSULAR).get(base + "/judgements").expect(200).json();
        assertThat(listed.get("items")).hasSize(2); // disputed or not, each judgement is its own row
        assertThat(listed.get("items").get(1).get("scores").get(2).get("score").asDouble()).isEqualTo(4.242);
    }

    @Test
    void hypothesesAndJudgementsMayNotRevealProtectedDetailsAndOnlyClearedAnalystsWrite() {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;

        var leak = api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "The NIGHTJAR cell did it."));
        assertThat(leak.status()).isEqualTo(422);
        assertThat(leak.body()).contains("tearline-leak");
        assertThat(api.as(JUNIOR_ANALYST).post(base + "/hypotheses", Map.of("text", "A lone actor.")).status())
                .isEqualTo(403);
        api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "A lone actor.")).expect(201);
        assertThat(api.as(ANALYST).post(base + "/judgements", Map.of("statement", "A lone actor.",
                "likelihood", "LIKELY")).status()).as("one hypothesis is no competition").isEqualTo(422);
        api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "A group.")).expect(201);
        assertThat(api.as(ANALYST).post(base + "/judgements", Map.of("statement", "Seen in the CELL-7 intercept.",
                "likelihood", "LIKELY")).status()).isEqualTo(422);
        assertThat(api.as(ANALYST).get(base + "/hypotheses").expect(200).json().get("items")).hasSize(2);
    }

    @Test
    void evidenceThatIsAClaimQuotesItAndWeighsByItsGradeAndMustBeAClaimOfTheCase() {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;
        Map<String, Object> denial = ClaimsTests.claim("DENIAL", "Government of Ukraine");
        denial.put("statement", "Kyiv has nothing to do with the attack.");
        denial.put("wording", "QUOTED");
        denial.put("sourceReliability", "B");
        denial.put("informationCredibility", 4);
        String claim = api.as(ANALYST).post(base + "/claims", denial).expect(201).id();

        JsonNode fromClaim = api.as(ANALYST).post(base + "/evidence", Map.of("claimId", claim, "relevance", "HIGH"))
                .expect(201).json();
        JsonNode graded = api.as(ANALYST).post(base + "/evidence", Map.of("text", "Border guards' log of the car.",
                "grading", "b2", "relevance", "MEDIUM")).expect(201).json();
        JsonNode stated = api.as(ANALYST).post(base + "/evidence", Map.of("claimId", claim,
                "text", "Ukraine denied any role.", "credibility", "MEDIUM", "relevance", "LOW")).expect(201).json();

        assertThat(fromClaim.get("text").asString()).isEqualTo("Government of Ukraine, denial (2024-03-22): "
                + "\u201cKyiv has nothing to do with the attack.\u201d");
        assertThat(fromClaim.get("grading").asString()).isEqualTo("B4");
        assertThat(fromClaim.get("credibility").asString()).as("B4: doubtful information").isEqualTo("LOW");
        assertThat(fromClaim.get("credibilityFrom").asString()).isEqualTo("CLAIM");
        assertThat(graded.get("credibility").asString()).isEqualTo("HIGH");
        assertThat(graded.get("credibilityFrom").asString()).isEqualTo("GRADING");
        assertThat(stated.get("credibility").asString()).isEqualTo("MEDIUM");
        assertThat(stated.get("credibilityFrom").asString()).isEqualTo("STATED");
        assertThat(stated.get("claimId").asString()).isEqualTo(claim);

        String otherCase = new Cases(api).threat();
        String claimOfOtherCase = api.as(ANALYST).post("/api/v1/threats/" + otherCase + "/claims",
                ClaimsTests.claim("DENIAL", "Someone else")).expect(201).id();
        for (String wrong : List.of(claimOfOtherCase, UUID.randomUUID().toString())) {
            var refused = api.as(ANALYST).post(base + "/evidence", Map.of("claimId", wrong, "relevance", "HIGH"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("unknown-claim", "claimId");
        }
        var noCredibility = api.as(ANALYST).post(base + "/evidence", Map.of("text", "A fact.", "relevance", "LOW"));
        assertThat(noCredibility.status()).isEqualTo(400);
        assertThat(noCredibility.body()).contains("credibility");
        var badGrade = api.as(ANALYST).post(base + "/evidence", Map.of("text", "A fact.", "grading", "G9",
                "relevance", "LOW"));
        assertThat(badGrade.status()).isEqualTo(400);
        assertThat(badGrade.body()).contains("grading", "A-F");
        assertThat(api.as(ANALYST).get(base + "/evidence").expect(200).json().get("items")).hasSize(3);
    }
}
