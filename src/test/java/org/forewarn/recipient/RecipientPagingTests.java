package org.forewarn.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The recipient list pages by cursor: most recently added first, ties broken by id, every recipient
 * exactly once either way; the name search, relationship, kind and country narrow it.
 */
class RecipientPagingTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    private final String marker = "Pg" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void pagingForwardAndBackGivesEveryRecipientOnceNewestFirstWithTiesById() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Three added at one instant (ties), four a minute apart before it.
            Instant at = i < 3 ? t : t.minus(i, ChronoUnit.MINUTES);
            Map<String, Object> r = Fixtures.recipient("ALLY", Fixtures.liaisonChannel());
            r.put("name", "Service " + marker + " " + i);
            ids.add(clock.at(at, () -> api.as(ANALYST).post("/api/v1/recipients", r).expect(201).id()));
        }

        String path = "/api/v1/recipients?limit=3&q=" + marker;
        List<Paging.Seen> forward = Paging.bothWays(api.as(AUDITOR), path, ids, "createdAt");
        assertThat(forward).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
        assertThat(forward.get(0).link()).contains("q=" + marker, "limit=3").doesNotContain("rel=\"prev\"");
        List<JsonNode> seen = Paging.items(forward);
        assertThat(seen.subList(0, 3)).extracting(r -> r.get("createdAt").asString()).containsOnly(
                seen.get(0).get("createdAt").asString());
    }

    @Test
    void theNameSearchIsCaseInsensitiveAndFindsAnyPartAndTheFiltersNarrow() {
        add("Bureau " + marker + " Alpha", "ALLY", "GOVERNMENT_SERVICE", "RU");
        add("Venue " + marker + " Beta", "NEUTRAL", "VENUE", "FR");
        add("Office " + marker + "_100% Gamma", "ADVERSARY", "ORGANIZATION", null);

        assertThat(names("q=" + marker.toLowerCase())).hasSize(3);
        assertThat(names("q=" + marker.substring(2).toUpperCase() + " alp")).containsExactly("Bureau " + marker + " Alpha");
        assertThat(names("q=" + marker + "&relationship=NEUTRAL")).containsExactly("Venue " + marker + " Beta");
        assertThat(names("q=" + marker + "&kind=GOVERNMENT_SERVICE")).containsExactly("Bureau " + marker + " Alpha");
        assertThat(names("q=" + marker + "&country=fr")).containsExactly("Venue " + marker + " Beta");
        assertThat(names("q=" + marker + "&country=RU&relationship=NEUTRAL")).isEmpty();
        // % and _ are matched as written, not as wildcards.
        assertThat(names("q=" + marker + "_100%")).containsExactly("Office " + marker + "_100% Gamma");
        assertThat(names("q=" + marker + "_1%0")).isEmpty();
    }

    @Test
    void aBadCursorLimitOrFilterIsAClear400NamingIt() {
        var forged = api.as(ANALYST).get("/api/v1/recipients?cursor=not-a-cursor").expect(400);
        assertThat(forged.contentType()).contains("application/problem+json");
        assertThat(forged.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        var zero = api.as(ANALYST).get("/api/v1/recipients?limit=0").expect(400);
        assertThat(zero.contentType()).contains("application/problem+json");
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(api.as(ANALYST).get("/api/v1/recipients?limit=501").expect(400).body()).contains("limit");
        assertThat(api.as(ANALYST).get("/api/v1/recipients?relationship=FRIEND").expect(400).body())
                .contains("relationship");
        assertThat(api.as(ANALYST).get("/api/v1/recipients?country=RUS").expect(400).body()).contains("country");
    }

    private void add(String name, String relationship, String kind, String country) {
        Map<String, Object> r = Fixtures.recipient(relationship, Fixtures.liaisonChannel());
        r.put("name", name);
        r.put("kind", kind);
        r.put("country", country);
        api.as(ANALYST).post("/api/v1/recipients", r).expect(201);
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        api.as(ANALYST).get("/api/v1/recipients?" + query).expect(200).json().get("items")
                .forEach(r -> names.add(r.get("name").asString()));
        return names;
    }
}
