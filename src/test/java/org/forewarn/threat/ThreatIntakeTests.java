package org.forewarn.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;

import java.util.List;
import java.util.Map;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class ThreatIntakeTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystReportsAThreatAndGetsItsLocation() {
        var created = api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201);

        assertThat(created.header("Location")).isEqualTo("/api/v1/threats/" + created.id());
        JsonNode threat = created.json();
        assertThat(threat.get("grading").get("code").asString()).isEqualTo("B2");
        assertThat(threat.get("grading").get("sourceReliability").asString()).isEqualTo("Usually reliable");
        assertThat(threat.get("tlp").asString()).isEqualTo("TLP:RED");
        assertThat(threat.get("reportedBy").asString()).isEqualTo(ANALYST);
        assertThat(threat.get("targets").get(0).get("name").asString()).isEqualTo("Crocus City Hall");

        var fetched = api.as(ANALYST).get(created.header("Location")).expect(200);
        assertThat(fetched.text("title")).isEqualTo(threat.get("title").asString());
    }

    @Test
    void clearedUserSeesProtectedDetails() {
        String id = api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201).id();

        JsonNode threat = api.as(ANALYST).get("/api/v1/threats/" + id).expect(200).json();

        assertThat(threat.get("redacted").asBoolean()).isFalse();
        assertThat(threat.get("protectedDetails").get("protectedTerms").toString()).contains("NIGHTJAR");
    }

    @Test
    void userBelowTheClassificationGetsTheThreatWithoutProtectedDetails() {
        Map<String, Object> report = Fixtures.threat();
        String id = api.as(ANALYST).post("/api/v1/threats", report).expect(201).id();

        for (String reader : List.of(JUNIOR_ANALYST, CONSULAR, AUDITOR)) {
            var response = api.as(reader).get("/api/v1/threats/" + id).expect(200);
            assertThat(response.json().get("redacted").asBoolean()).isTrue();
            assertThat(response.json().has("protectedDetails")).isFalse();
            assertThat(response.text("title")).as(reader).isEqualTo(report.get("title"));
            assertThat(response.body()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder method", "liaison-derived");

            // Page through the list (other tests' threats share its received time) until it turns up.
            String cursor = null;
            boolean listed = false;
            for (int page = 0; page < 100 && !listed; page++) {
                var list = api.as(reader).get("/api/v1/threats?limit=500"
                        + (cursor == null ? "" : "&cursor=" + cursor)).expect(200);
                assertThat(list.body()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder method", "liaison-derived");
                listed = list.body().contains(id);
                cursor = list.json().get("next").isNull() ? null : list.json().get("next").asString();
                if (cursor == null) {
                    break;
                }
            }
            assertThat(listed).as(reader + "'s list holds the threat").isTrue();
        }
    }

    @Test
    void analystOwnReportIsRedactedWhenAboveTheirClearance() {
        Map<String, Object> topSecret = Fixtures.threat();
        topSecret.put("classification", "TOP_SECRET");

        var created = api.as(ANALYST).post("/api/v1/threats", topSecret).expect(201);

        assertThat(created.json().get("redacted").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("NIGHTJAR");
    }

    @Test
    void compartmentedThreatIsRedactedForUsersOutsideTheCompartment() {
        Map<String, Object> compartmented = Fixtures.threat();
        compartmented.put("compartments", List.of("GAMMA"));

        var created = api.as(ANALYST).post("/api/v1/threats", compartmented).expect(201);

        assertThat(created.json().get("redacted").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("NIGHTJAR");
        var uncompartmented = api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201);
        assertThat(uncompartmented.json().get("redacted").asBoolean()).as("the same analyst, no compartment").isFalse();
    }

    @Test
    void incompleteReportIsRefusedWithEveryProblemAndNothingIsStored() {
        Map<String, Object> threat = Fixtures.threat();
        String summary = "Incomplete report " + java.util.UUID.randomUUID();
        threat.put("summary", summary);
        threat.remove("title");
        threat.put("informationCredibility", 9);
        threat.put("harmTypes", List.of());
        threat.put("windowTo", "2024-03-01T00:00:00Z");

        var response = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("title", "informationCredibility", "harmTypes", "windowTo");
        assertThat(response.json().get("errors")).hasSize(4);
        assertThat(threatsWithSummary(summary)).isZero();
        threat.put("title", "Completed " + summary);
        threat.put("informationCredibility", 2);
        threat.put("harmTypes", List.of("KIDNAPPING"));
        threat.put("windowTo", "2024-03-31T00:00:00Z");
        api.as(ANALYST).post("/api/v1/threats", threat).expect(201);
        assertThat(threatsWithSummary(summary)).as("stored once complete").isEqualTo(1);
    }

    @Test
    void unknownEnumValueIsA400NamingTheAllowedValues() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("harmTypes", List.of("MURDER"));

        var response = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(response.text("detail")).contains("harmTypes", "MURDER", "INTENTIONAL_KILLING", "KIDNAPPING");
    }

    @Test
    void unknownTlpIsA400NamingTheTlpLabels() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("tlp", "TLP:PURPLE");

        var response = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(response.text("detail")).contains("tlp", "TLP:AMBER+STRICT");
    }

    @Test
    void malformedJsonIsA400() {
        var response = api.as(ANALYST).post("/api/v1/threats", "{\"title\": \"x\",").expect(400);

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("not valid JSON");
    }

    @Test
    void invalidTargetCoordinatesAreNamed() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("targets", List.of(Map.of("name", "Venue", "kind", "VENUE", "lat", 95.0, "lon", 37.0)));

        var response = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(response.text("detail")).contains("targets[0].lat", "between -90 and 90");
    }

    @Test
    void threatReceivedInTheFutureIsRefused() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("receivedAt", "2999-01-01T00:00:00Z");

        var refused = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("receivedAt");
    }

    @Test
    void unknownThreatIs404AndMalformedIdIs400() {
        api.as(ANALYST).get("/api/v1/threats/00000000-0000-0000-0000-000000000001").expect(404);
        var response = api.as(ANALYST).get("/api/v1/threats/not-a-uuid").expect(400);
        assertThat(response.text("detail")).contains("UUID");
    }

    @Test
    void auditRecordsTheReportWithoutProtectedDetails() {
        String id = api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201).id();

        var audit = api.as(AUDITOR).get("/api/v1/audit?caseId=" + id).expect(200);

        assertThat(audit.json().get("items")).hasSize(1);
        assertThat(audit.json().get("items").get(0).get("eventType").asString()).isEqualTo("ThreatReported");
        assertThat(audit.json().get("items").get(0).get("actor").asString()).isEqualTo(ANALYST);
        assertThat(audit.body()).doesNotContain("NIGHTJAR", "placeholder method", "liaison-derived");
    }

    private long threatsWithSummary(String summary) {
        return jdbc.sql("select count(*) from threats where summary = :summary").param("summary", summary)
                .query(Long.class).single();
    }
}
