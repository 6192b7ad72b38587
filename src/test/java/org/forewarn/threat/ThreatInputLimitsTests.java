package org.forewarn.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A threat's area and protected terms have bounds, and an area must go round once without crossing itself. */
class ThreatInputLimitsTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void areaWithMoreThanAThousandPointsIsRefused() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("area", Map.of("description", "A very detailed outline", "polygon", circle(5_000)));

        var refused = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("area.polygon");
        assertThat(refused.text("detail")).contains("at most 1000");
        // The attacker's 200,000 points (6 MB) are refused before they are even parsed.
        threat.put("area", Map.of("description", "An enormous outline", "polygon", circle(200_000)));
        api.as(ANALYST).post("/api/v1/threats", threat).expect(413);
        assertThat(stored(threat)).isZero();

        threat.put("area", Map.of("description", "A detailed outline", "polygon", circle(1000)));
        String id = api.as(ANALYST).post("/api/v1/threats", threat).expect(201).id();
        assertThat(stored(threat)).as("the refused ones stored nothing, this one is stored").isEqualTo(1);
        // Stored closed (1,001 positions), it reads back like any other.
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + id).expect(200).json().get("area").get("polygon"))
                .hasSize(1001);
        api.as(ANALYST).get("/api/v1/threats").expect(200);
    }

    @Test
    void selfCrossingAreaIsRefused() {
        Map<String, Object> threat = Fixtures.threat();
        // A bow tie: the second and fourth edges cross.
        threat.put("area", Map.of("description", "Bow tie", "polygon", List.of(List.of(55.5, 37.3),
                List.of(55.9, 37.9), List.of(55.9, 37.3), List.of(55.5, 37.9))));

        var refused = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("area.polygon");
        assertThat(refused.text("detail")).contains("without crossing");
        assertThat(stored(threat)).isZero();
    }

    @Test
    void protectedTermLongerThanAHundredCharactersIsRefused() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("protectedDetails", Map.of("protectedTerms", List.of("KESTREL", "x".repeat(101))));

        var refused = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(refused.json().get("errors").get(0).get("field").asString())
                .isEqualTo("protectedDetails.protectedTerms[1]");
        assertThat(stored(threat)).isZero();
    }

    @Test
    void threatsStoredUnderOlderRulesStillRead() {
        String id = api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201).id();
        // As an earlier version could have stored them: 5,000 points, a control character, an overlong term.
        StringBuilder ring = new StringBuilder("[");
        for (List<Double> point : circle(5000)) {
            ring.append("[").append(point.get(0)).append(",").append(point.get(1)).append("],");
        }
        ring.append("[").append(circle(5000).get(0).get(0)).append(",").append(circle(5000).get(0).get(1)).append("]]");
        jdbc.sql("update threats set area = cast(:area as jsonb), targets = cast(:targets as jsonb), "
                + "protected_details = cast(:details as jsonb) where id = cast(:id as uuid)")
                .param("area", "{\"description\":\"Old\\u000b area\",\"polygon\":" + ring + "}")
                .param("targets", "[{\"name\":\"Old\\u0007 venue\",\"kind\":\"VENUE\"}]")
                .param("details", "{\"protectedTerms\":[\"" + "T".repeat(300) + "\"]}")
                .param("id", id).update();

        var threat = api.as(ANALYST).get("/api/v1/threats/" + id).expect(200).json();

        assertThat(threat.get("area").get("polygon")).hasSize(5001);
        assertThat(threat.get("targets").get(0).get("name").asString()).isEqualTo("Old\u0007 venue");
        api.as(ANALYST).get("/api/v1/threats").expect(200);
    }

    private long stored(Map<String, Object> threat) {
        return jdbc.sql("select count(*) from threats where title = :title").param("title", threat.get("title"))
                .query(Long.class).single();
    }

    private static List<List<Double>> circle(int points) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * i / points;
            ring.add(List.of(55.75 + 0.2 * Math.sin(angle), 37.62 + 0.3 * Math.cos(angle)));
        }
        return ring;
    }
}
