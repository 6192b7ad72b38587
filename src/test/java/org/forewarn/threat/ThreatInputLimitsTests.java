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
        threat.put("area", Map.of("description", "A very detailed outline", "polygon", circle(200_000)));

        var refused = api.as(ANALYST).post("/api/v1/threats", threat).expect(400);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("area.polygon");
        assertThat(refused.text("detail")).contains("at most 1000");
        assertThat(stored(threat)).isZero();

        threat.put("area", Map.of("description", "A detailed outline", "polygon", circle(1000)));
        String id = api.as(ANALYST).post("/api/v1/threats", threat).expect(201).id();
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
