package org.forewarn.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.StixSchemas;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A case's claims and analysis leave as a valid STIX 2.1 bundle with nothing protected in it. */
class StixExportTests extends IntegrationTest {

    private record Case(String threat, String secret, Map<String, String> claims) {
    }

    /**
     * The Crocus dispute: Islamic State claims it, Russia attributes it to Ukraine, Ukraine denies, the
     * US rebuts; the analyst's matrix with a SECRET row, and judgements on H1 (very likely) and H2
     * (unlikely).
     */
    private Case crocus() {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;
        Map<String, String> claims = new HashMap<>();
        claims.put("IS", claim(base, "Islamic State (Amaq)", "CLAIM_OF_RESPONSIBILITY", "Islamic State",
                "Fighters of the Islamic State attacked a gathering in Krasnogorsk.", "2024-03-22T20:00:00Z", "B", 2));
        claims.put("RU", claim(base, "President of Russia", "ATTRIBUTION", "Ukraine",
                "The attackers were heading towards Ukraine, where a window had been prepared for them.",
                "2024-03-23T12:00:00Z", "C", 3));
        claims.put("UA", claim(base, "Government of Ukraine", "DENIAL", null,
                "Denied any involvement in the attack.", "2024-03-22T22:00:00Z", "C", 3));
        claims.put("US", claim(base, "Government of the United States", "REBUTTAL", "Ukraine",
                "There is no indication that Ukraine or Ukrainians were involved.", "2024-03-23T18:00:00Z", "B", 6));
        claims.put("SVR", claim(base, "Director of the SVR", "CHARACTERIZATION_OF_WARNING", null,
                "The information was too general.", "2024-03-26T09:00:00Z", "C", 3));

        List<String> h = new ArrayList<>();
        h.add(api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "Islamic State planned and carried it out alone.",
                "subject", "Islamic State")).expect(201).id());
        h.add(api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "Ukrainian services directed it.",
                "subject", "Ukraine")).expect(201).id());
        String secret = "Liaison intercept KESTREL-" + UUID.randomUUID() + " names the handler.";
        List<String> e = new ArrayList<>();
        e.add(api.as(ANALYST).post(base + "/evidence", Map.of("claimId", claims.get("IS"), "relevance", "HIGH"))
                .expect(201).id());
        e.add(api.as(ANALYST).post(base + "/evidence", Map.of("text", secret, "credibility", "HIGH",
                "relevance", "HIGH", "classification", "SECRET")).expect(201).id());
        // Unclassified, but it names the case's protected term: it must not leave either.
        e.add(api.as(ANALYST).post(base + "/evidence", Map.of("text", "The NIGHTJAR reporting agrees.",
                "credibility", "MEDIUM", "relevance", "LOW")).expect(201).id());
        String[][] ratings = {{"C", "N"}, {"C", "II"}, {"C", "I"}};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 2; col++) {
                api.as(ANALYST).post(base + "/ratings", Map.of("hypothesisId", h.get(col), "evidenceId", e.get(row),
                        "rating", ratings[row][col])).expect(201);
            }
        }
        api.as(ANALYST).post(base + "/judgements", Map.of("statement",
                "Islamic State very likely planned and carried out the attack on its own.", "likelihood",
                "VERY_LIKELY")).expect(201);
        api.as(ANALYST).post(base + "/judgements", Map.of("statement",
                "It is unlikely that Ukrainian services directed the attack.", "likelihood", "UNLIKELY",
                "hypothesisId", h.get(1))).expect(201);
        return new Case(threat, secret, claims);
    }

    private String claim(String base, String party, String kind, String subject, String statement, String madeAt,
            String reliability, int credibility) {
        Map<String, Object> c = new HashMap<>();
        c.put("party", party);
        c.put("kind", kind);
        if (subject != null) {
            c.put("subject", subject);
        }
        c.put("statement", statement);
        c.put("wording", "QUOTED");
        c.put("madeAt", madeAt);
        c.put("learnedAt", "2024-03-27T08:00:00Z");
        c.put("source", Map.of("outlet", "Interfax", "url", "https://www.interfax.ru/"));
        c.put("sourceReliability", reliability);
        c.put("informationCredibility", credibility);
        return api.as(ANALYST).post(base + "/claims", c).expect(201).id();
    }

    private static List<JsonNode> objects(JsonNode bundle, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if (which.test(o)) {
                found.add(o);
            }
        });
        return found;
    }

    private static Predicate<JsonNode> type(String type) {
        return o -> o.get("type").asString().equals(type);
    }

    private static JsonNode byId(JsonNode bundle, String id) {
        return objects(bundle, o -> o.get("id").asString().equals(id)).get(0);
    }

    private static String nameOf(JsonNode bundle, String id) {
        return byId(bundle, id).get("name").asString();
    }

    private static JsonNode attribution(JsonNode bundle, String by, String to) {
        List<JsonNode> found = objects(bundle, o -> type("relationship").test(o)
                && nameOf(bundle, o.get("created_by_ref").asString()).equals(by)
                && nameOf(bundle, o.get("target_ref").asString()).equals(to));
        assertThat(found).as("attributed-to by %s to %s", by, to).hasSize(1);
        return found.get(0);
    }

    @Test
    void eachClaimedAttributionIsItsOwnRelationshipByItsPartyAndDisputesAreOpinionsOfIt() {
        Case c = crocus();
        var response = api.as(LIAISON).get("/api/v1/threats/" + c.threat() + "/stix").expect(200);

        assertThat(response.contentType()).startsWith("application/stix+json").contains("version=2.1");
        assertThat(response.header("Content-Disposition")).contains("attachment", ".stix.json");
        StixSchemas.assertValid(response.body());
        JsonNode bundle = response.json();
        assertThat(bundle.get("type").asString()).isEqualTo("bundle");

        String campaign = objects(bundle, type("campaign")).get(0).get("id").asString();
        JsonNode byIs = attribution(bundle, "Islamic State (Amaq)", "Islamic State");
        JsonNode byRussia = attribution(bundle, "President of Russia", "Ukraine");
        assertThat(byIs.get("relationship_type").asString()).isEqualTo("attributed-to");
        assertThat(byIs.get("source_ref").asString()).isEqualTo(campaign);
        assertThat(byIs.get("confidence").asInt()).as("B2: probably true").isEqualTo(70);
        assertThat(byRussia.get("confidence").asInt()).as("C3: possibly true").isEqualTo(50);
        assertThat(byRussia.get("description").asString()).contains("window had been prepared");
        assertThat(objects(bundle, type("threat-actor"))).extracting(a -> a.get("name").asString())
                .containsExactlyInAnyOrder("Islamic State", "Ukraine");

        List<JsonNode> opinions = objects(bundle, type("opinion"));
        JsonNode denial = opinions.stream().filter(o -> nameOf(bundle, o.get("created_by_ref").asString())
                .equals("Government of Ukraine")).findFirst().orElseThrow();
        JsonNode rebuttal = opinions.stream().filter(o -> nameOf(bundle, o.get("created_by_ref").asString())
                .equals("Government of the United States")).findFirst().orElseThrow();
        for (JsonNode dispute : List.of(denial, rebuttal)) {
            assertThat(dispute.get("opinion").asString()).isEqualTo("strongly-disagree");
            assertThat(dispute.get("object_refs").toString()).contains(byRussia.get("id").asString())
                    .doesNotContain(byIs.get("id").asString());
        }
        assertThat(rebuttal.has("confidence")).as("B6: truth cannot be judged gives no confidence").isFalse();

        // The characterization of our warning is the SVR director's note on the campaign.
        JsonNode svr = objects(bundle, o -> type("note").test(o) && o.get("abstract").asString()
                .contains("Director of the SVR")).get(0);
        assertThat(svr.get("content").asString()).isEqualTo("\u201cThe information was too general.\u201d");
        assertThat(svr.get("object_refs").get(0).asString()).isEqualTo(campaign);

        // Each claim's source is a report of it, graded.
        List<JsonNode> reports = objects(bundle, type("report"));
        assertThat(reports).hasSize(5);
        assertThat(reports.get(0).get("labels").toString()).contains("admiralty-scale:source-reliability=\\\"b\\\"",
                "admiralty-scale:information-credibility=\\\"2\\\"");
    }

    @Test
    void ourJudgementsAreOurOwnAttributionsAndOpinionsWithTheMatrixAsANote() {
        Case c = crocus();
        JsonNode bundle = api.as(CONSULAR).get("/api/v1/threats/" + c.threat() + "/stix").expect(200).json();

        String us = objects(bundle, o -> type("identity").test(o) && o.get("identity_class").asString()
                .equals("organization")).get(0).get("id").asString();
        JsonNode ours = attribution(bundle, nameOf(bundle, us), "Islamic State");
        assertThat(ours.get("confidence").asInt()).as("very likely on the DNI scale").isEqualTo(85);
        assertThat(attribution(bundle, nameOf(bundle, us), "Ukraine").get("confidence").asInt()).isEqualTo(30);
        JsonNode agree = objects(bundle, o -> type("opinion").test(o) && o.get("created_by_ref").asString().equals(us)
                && o.get("opinion").asString().equals("strongly-agree")).get(0);
        assertThat(agree.get("object_refs").toString())
                .contains(attribution(bundle, "Islamic State (Amaq)", "Islamic State").get("id").asString());
        JsonNode disagree = objects(bundle, o -> type("opinion").test(o) && o.get("created_by_ref").asString()
                .equals(us) && o.get("opinion").asString().equals("disagree")).get(0);
        assertThat(disagree.get("object_refs").toString())
                .contains(attribution(bundle, "President of Russia", "Ukraine").get("id").asString());

        JsonNode matrix = objects(bundle, o -> type("note").test(o) && o.get("abstract").asString()
                .startsWith("Competing hypotheses")).get(0);
        assertThat(matrix.get("abstract").asString()).isEqualTo("Competing hypotheses: H1 leads");
        assertThat(matrix.get("content").asString()).contains("H1 (score 0)", "H2 (score 4.705792)",
                "E1 (credibility HIGH from B2", "2 evidence rows are not released");
        assertThat(objects(bundle, o -> type("note").test(o) && o.get("abstract").asString()
                .startsWith("Attribution judgement: very likely (80-95 %), on H1"))).hasSize(1);
    }

    @Test
    void protectedContentNeverLeavesAndTheSameRecordsKeepTheirIds() {
        Case c = crocus();
        String path = "/api/v1/threats/" + c.threat() + "/stix";
        var cleared = api.as(ANALYST).get(path).expect(200);
        var auditor = api.as(AUDITOR).get(path).expect(200);

        for (var response : List.of(cleared, auditor)) {
            assertThat(response.body()).doesNotContain(c.secret()).doesNotContain("KESTREL")
                    .doesNotContain("NIGHTJAR").doesNotContain("protected evidence");
            assertThat(response.header("Forewarn-Withheld")).isEqualTo("2");
        }
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        cleared.json().get("objects").forEach(o -> first.add(o.get("id").asString() + o.get("modified")));
        auditor.json().get("objects").forEach(o -> second.add(o.get("id").asString() + o.get("modified")));
        assertThat(second).isEqualTo(first);
        assertThat(cleared.json().get("id").asString()).isNotEqualTo(auditor.json().get("id").asString());

        assertThat(api.as(ADMIN).get(path).status()).isEqualTo(403);
        assertThat(api.anonymous().get(path).status()).isEqualTo(401);
        assertThat(api.as(LIAISON).get("/api/v1/threats/" + UUID.randomUUID() + "/stix").status()).isEqualTo(404);
    }
}
