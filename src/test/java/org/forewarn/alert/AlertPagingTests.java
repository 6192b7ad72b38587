package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The alert list pages by cursor: every message, drafts included, most recently written first, ties
 * broken by id, exactly once either way; the text search and the status narrow it.
 */
class AlertPagingTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    private final String marker = "Pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void pagingForwardAndBackGivesEveryMessageOnceNewestFirstWithTiesById() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = i < 3 ? t : t.minus(i, ChronoUnit.MINUTES);
            Map<String, Object> alert = Fixtures.embassyAlert();
            alert.put("headline", "Security Alert " + marker + " number " + i);
            ids.add(clock.at(at, () -> api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id()));
        }

        String path = "/api/v1/alerts?limit=3&q=" + marker;
        List<Paging.Seen> forward = Paging.bothWays(api.as(AUDITOR), path, ids, "createdAt");
        assertThat(forward).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
    }

    @Test
    void theTextSearchAndTheStatusNarrow() {
        Map<String, Object> draft = Fixtures.embassyAlert();
        draft.put("headline", "Draft " + marker + " about a concert");
        String drafted = api.as(CONSULAR).post("/api/v1/alerts", draft).expect(201).id();
        Map<String, Object> published = Fixtures.embassyAlert();
        published.put("headline", "Published " + marker + " about a stadium");
        String out = new Cases(api).publishedAlert(published);

        assertThat(ids("q=" + marker)).containsExactlyInAnyOrder(drafted, out);
        assertThat(ids("q=" + marker + " stadium")).containsExactly(out);
        assertThat(ids("q=" + marker + " -stadium")).containsExactly(drafted);
        assertThat(ids("q=" + marker + "&status=DRAFT")).containsExactly(drafted);
        assertThat(ids("q=" + marker + "&status=PUBLISHED")).containsExactly(out);
        assertThat(ids("q=" + marker + "&status=CANCELLED")).isEmpty();
        assertThat(ids("status=DRAFT&limit=500")).contains(drafted).doesNotContain(out);
    }

    @Test
    void aBadCursorLimitOrStatusIsAClear400NamingIt() {
        var forged = api.as(CONSULAR).get("/api/v1/alerts?cursor=not-a-cursor").expect(400);
        assertThat(forged.contentType()).contains("application/problem+json");
        assertThat(forged.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts?limit=501").expect(400).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("limit");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts?status=LIVE").expect(400).body()).contains("status");
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        api.as(AUDITOR).get("/api/v1/alerts?" + query).expect(200).json().get("items")
                .forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }
}
