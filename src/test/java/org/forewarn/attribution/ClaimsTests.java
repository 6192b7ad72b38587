package org.forewarn.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Analysts keep a ledger of who claimed, attributed, denied or characterised what; case readers read it. */
class ClaimsTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystRecordsEachKindOfClaimAndReadersReadThem() {
        String threat = new Cases(api).threat();

        for (ClaimKind kind : ClaimKind.values()) {
            Map<String, Object> claim = claim(kind.name(), "Party " + kind);
            Api.Response created = api.as(ANALYST).post(claimsOf(threat), claim).expect(201);
            assertThat(created.header("Location")).isEqualTo("/api/v1/claims/" + created.id());
            assertThat(created.text("kind")).isEqualTo(kind.name());
        }

        JsonNode page = api.as(CONSULAR).get(claimsOf(threat) + "?limit=50").expect(200).json();
        assertThat(page.get("items")).hasSize(ClaimKind.values().length);
        JsonNode one = api.as(AUDITOR).get("/api/v1/claims/" + page.get("items").get(0).get("id").asString())
                .expect(200).json();
        assertThat(one.get("grading").get("code").asString()).isEqualTo("C3");
        assertThat(one.get("grading").get("sourceReliability").asString()).isEqualTo("Fairly reliable");
        assertThat(one.get("source").get("outlet").asString()).isEqualTo("Interfax");
        assertThat(one.get("recorded").get("by").asString()).isEqualTo(ANALYST);
    }

    @Test
    void aDateOnlyClaimIsMidnightInTheCaseZoneAndLearnedAtDefaultsToNow() {
        String threat = new Cases(api).threat();
        Map<String, Object> claim = claim("DENIAL", "Government of Ukraine");
        claim.remove("madeAt");
        claim.remove("learnedAt");
        claim.put("madeOn", "2024-03-22");

        JsonNode created = api.as(ANALYST).post(claimsOf(threat), claim).expect(201).json();

        assertThat(created.get("madeAt").asString()).isEqualTo("2024-03-21T21:00:00Z");
        assertThat(created.get("learnedAt").asString()).isNotBlank();
    }

    @Test
    void invalidClaimsAreRefusedNamingTheField() {
        String threat = new Cases(api).threat();
        Map<String, Object> noSubject = claim("ATTRIBUTION", "President of Russia");
        noSubject.remove("subject");
        Map<String, Object> ftp = claim("OTHER", "Someone");
        ftp.put("source", Map.of("outlet", "Somewhere", "url", "ftp://example.org/x"));
        Map<String, Object> early = claim("OTHER", "Someone");
        early.put("learnedAt", "2024-03-21T10:00:00Z");
        Map<String, Object> credibility = claim("OTHER", "Someone");
        credibility.put("informationCredibility", 7);

        assertThat(field(api.as(ANALYST).post(claimsOf(threat), noSubject).expect(400))).isEqualTo("subject");
        assertThat(field(api.as(ANALYST).post(claimsOf(threat), ftp).expect(400))).isEqualTo("source.url");
        assertThat(field(api.as(ANALYST).post(claimsOf(threat), early).expect(400))).isEqualTo("learnedAt");
        assertThat(field(api.as(ANALYST).post(claimsOf(threat), credibility).expect(400)))
                .isEqualTo("informationCredibility");
        assertThat(count(threat)).isZero();
    }

    @Test
    void aClaimCanOnlyConcernWarningsOfItsOwnCase() {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String other = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String ours = cases.draft(threat, recipient, "LIAISON");
        String theirs = cases.draft(other, recipient, "LIAISON");
        Map<String, Object> claim = claim("CHARACTERIZATION_OF_WARNING", "Director of the SVR");

        claim.put("warningIds", List.of(ours, theirs));
        Api.Response refused = api.as(ANALYST).post(claimsOf(threat), claim).expect(422);
        claim.put("warningIds", List.of(UUID.randomUUID().toString()));
        Api.Response unknown = api.as(ANALYST).post(claimsOf(threat), claim).expect(422);

        assertThat(field(refused)).isEqualTo("warningIds");
        assertThat(refused.text("detail")).contains(theirs + " is a warning of another case").doesNotContain(ours);
        assertThat(field(unknown)).isEqualTo("warningIds");
        assertThat(count(threat)).isZero();
    }

    @Test
    void theClaimsAboutAWarningAreThoseLinkedToIt() {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");
        String other = cases.draft(threat, recipient, "LIAISON");
        Map<String, Object> about = claim("CHARACTERIZATION_OF_WARNING", "Director of the SVR");
        about.put("statement", "The information was too general.");
        about.put("wording", "QUOTED");
        about.put("warningIds", List.of(warning));
        String linked = api.as(ANALYST).post(claimsOf(threat), about).expect(201).id();
        api.as(ANALYST).post(claimsOf(threat), claim("DENIAL", "Government of Ukraine")).expect(201);

        JsonNode page = api.as(CONSULAR).get("/api/v1/warnings/" + warning + "/claims").expect(200).json();

        assertThat(page.get("items").findValuesAsString("id")).containsExactly(linked);
        assertThat(page.get("items").get(0).get("warningIds").get(0).asString()).isEqualTo(warning);
        assertThat(api.as(AUDITOR).get("/api/v1/warnings/" + other + "/claims").expect(200).json().get("items"))
                .isEmpty();
    }

    @Test
    void aClaimThatRevealsAProtectedTermIsRefusedAndNothingIsStored() {
        String threat = new Cases(api).threat();
        Map<String, Object> claim = claim("OTHER", "Someone");
        claim.put("statement", "They knew from the Nightjar reporting.");

        Api.Response refused = api.as(ANALYST).post(claimsOf(threat), claim).expect(422);

        assertThat(refused.text("type")).endsWith("protected-content");
        assertThat(field(refused)).isEqualTo("statement");
        assertThat(refused.text("detail")).contains("NIGHTJAR", "public-source material");
        assertThat(count(threat)).isZero();
        assertThat(api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).json().get("items")
                .findValuesAsString("eventType")).doesNotContain("ClaimRecorded");
    }

    @Test
    void onlyAnAnalystClearedForTheCaseRecordsAClaim() {
        String threat = new Cases(api).threat();

        api.as(JUNIOR_ANALYST).post(claimsOf(threat), claim("OTHER", "Someone")).expect(403);
        api.as(APPROVER).post(claimsOf(threat), claim("OTHER", "Someone")).expect(403);
        api.as(ANALYST).post("/api/v1/threats/" + UUID.randomUUID() + "/claims", claim("OTHER", "Someone"))
                .expect(404);
        api.as(CONSULAR).get("/api/v1/threats/" + UUID.randomUUID() + "/claims").expect(404);

        assertThat(count(threat)).isZero();
    }

    @Test
    void claimsPageNewestMadeFirstAndFilterByKindAndParty() {
        String threat = new Cases(api).threat();
        List<String> ids = new ArrayList<>();
        for (int day = 20; day <= 24; day++) {
            Map<String, Object> claim = claim(day % 2 == 0 ? "DENIAL" : "OTHER", day == 24 ? "Interfax reader" : "Party "
                    + day);
            claim.put("madeAt", "2024-03-" + day + "T10:00:00Z");
            claim.put("learnedAt", "2024-03-25T10:00:00Z");
            ids.add(0, api.as(ANALYST).post(claimsOf(threat), claim).expect(201).id());
        }

        JsonNode first = api.as(AUDITOR).get(claimsOf(threat) + "?limit=2").expect(200).json();
        JsonNode second = api.as(AUDITOR).get(claimsOf(threat) + "?limit=2&cursor=" + first.get("next").asString())
                .expect(200).json();
        JsonNode denials = api.as(AUDITOR).get(claimsOf(threat) + "?kind=DENIAL").expect(200).json();
        JsonNode byParty = api.as(AUDITOR).get(claimsOf(threat) + "?party=interfax").expect(200).json();

        assertThat(first.get("items").findValuesAsString("id")).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(second.get("items").findValuesAsString("id")).containsExactlyElementsOf(ids.subList(2, 4));
        assertThat(denials.get("items").findValuesAsString("id")).containsExactly(ids.get(0), ids.get(2), ids.get(4));
        assertThat(byParty.get("items").findValuesAsString("id")).containsExactly(ids.get(0));
    }

    @Test
    void aClaimIsOnTheAuditChainAndOnTheTimelineWhenItWasMade() {
        String threat = new Cases(api).threat();
        Map<String, Object> claim = claim("CLAIM_OF_RESPONSIBILITY", "Islamic State (Amaq)");
        claim.put("subject", "Islamic State");
        String id = api.as(ANALYST).post(claimsOf(threat), claim).expect(201).id();

        JsonNode audit = api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).json().get("items");
        JsonNode timeline = api.as(AUDITOR).get("/api/v1/threats/" + threat + "/timeline").expect(200).json();

        assertThat(audit.findValuesAsString("eventType")).contains("ClaimRecorded");
        JsonNode entry = null;
        for (JsonNode e : timeline.get("entries")) {
            if ("CLAIM".equals(e.get("kind").asString())) {
                entry = e;
            }
        }
        assertThat(entry).as("claim on the timeline of " + id).isNotNull();
        assertThat(entry.get("at").asString()).isEqualTo("2024-03-22T18:00:00Z");
        assertThat(entry.get("title").asString())
                .isEqualTo("Claim of responsibility by Islamic State (Amaq) (responsible: Islamic State)");
        assertThat(entry.get("detail").asString()).contains("Interfax").contains("C3");
    }

    private long count(String threat) {
        return jdbc.sql("select count(*) from attribution_claims where threat_id = :t")
                .param("t", UUID.fromString(threat)).query(Long.class).single();
    }

    private static String field(Api.Response refused) {
        return refused.json().get("errors").get(0).get("field").asString();
    }

    private static String claimsOf(String threat) {
        return "/api/v1/threats/" + threat + "/claims";
    }

    static Map<String, Object> claim(String kind, String party) {
        Map<String, Object> c = new HashMap<>();
        c.put("party", party);
        c.put("kind", kind);
        c.put("statement", "Said something about the attack.");
        if (kind.equals("ATTRIBUTION") || kind.equals("CLAIM_OF_RESPONSIBILITY")) {
            c.put("subject", "Someone");
        }
        c.put("madeAt", "2024-03-22T18:00:00Z");
        c.put("learnedAt", "2024-03-23T08:00:00Z");
        c.put("source", Map.of("outlet", "Interfax", "url", "https://www.interfax.ru/"));
        c.put("sourceReliability", "C");
        c.put("informationCredibility", 3);
        return c;
    }
}
