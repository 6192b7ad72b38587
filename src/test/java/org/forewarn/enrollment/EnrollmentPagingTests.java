package org.forewarn.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enrollment registry pages by cursor, no longer by offset: most recently enrolled first, ties
 * broken by id, everyone exactly once either way; `q` finds any part of a name or an external id.
 */
class EnrollmentPagingTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    private final String marker = "Pg" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void pagingForwardAndBackGivesEveryoneOnceNewestFirstWithTiesById() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = i < 3 ? t : t.minus(i, ChronoUnit.MINUTES);
            Map<String, Object> person = EnrollmentTests.person("Person " + marker + " " + i);
            ids.add(clock.at(at, () -> api.as(CONSULAR).post("/api/v1/enrollments", person).expect(201).id()));
        }

        String path = "/api/v1/enrollments?limit=3&q=" + marker;
        List<Paging.Seen> forward = Paging.bothWays(api.as(CONSULAR), path, ids, "createdAt");
        assertThat(forward).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
    }

    @Test
    void qFindsAnyPartOfANameCaseInsensitiveOrAnExternalIdExactly() {
        Map<String, Object> person = new HashMap<>(EnrollmentTests.person("Smirnova " + marker + " Olga"));
        person.put("externalId", "ext-" + marker);
        String id = api.as(CONSULAR).post("/api/v1/enrollments", person).expect(201).id();

        assertThat(ids("q=" + marker.toLowerCase() + " olga")).containsExactly(id);
        assertThat(ids("q=ext-" + marker)).containsExactly(id);
        assertThat(ids("q=ext-" + marker.substring(0, 6))).as("external ids match only whole").isEmpty();
    }

    @Test
    void anOffsetIsRefusedWithA400SayingToUseTheCursorAsAreBadCursorsAndLimits() {
        var offset = api.as(CONSULAR).get("/api/v1/enrollments?offset=50").expect(400);
        assertThat(offset.contentType()).contains("application/problem+json");
        assertThat(offset.json().get("errors").get(0).get("field").asString()).isEqualTo("offset");
        assertThat(offset.json().get("errors").get(0).get("message").asString()).contains("cursor");
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?offset=0").expect(400).body()).contains("offset");

        var forged = api.as(CONSULAR).get("/api/v1/enrollments?cursor=not-a-cursor").expect(400);
        assertThat(forged.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?limit=1000").expect(400).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("limit");
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        api.as(CONSULAR).get("/api/v1/enrollments?" + query).expect(200).json().get("items")
                .forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }
}
