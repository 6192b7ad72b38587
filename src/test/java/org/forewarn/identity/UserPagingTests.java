package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Accounts;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The account list and the grant list page by cursor: most recently created (requested) first, ties
 * broken by id, every row exactly once either way; filters narrow them; for administrators only.
 */
class UserPagingTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;
    @Autowired
    UserAdministration administration;

    Accounts accounts;
    private final String marker = "pg" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void accounts() {
        accounts = new Accounts(api, administration);
    }

    @Test
    void pagingThroughTheAccountsGivesEachOnceNewestFirstWithTiesById() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = i < 3 ? t : t.minus(i, ChronoUnit.MINUTES);
            String username = marker + "-" + i;
            ids.add(clock.at(at, () -> accounts.createAs(ADMIN, username, "CONFIDENTIAL", List.of(), "ANALYST")
                    .get("id").asString()));
        }

        List<Paging.Seen> forward = Paging.bothWays(api.as(ADMIN), "/api/v1/users?limit=3&q=" + marker, ids,
                "createdAt");
        assertThat(forward).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
    }

    @Test
    void theAccountsNarrowByNameRoleAndState() {
        accounts.createAs(ADMIN, marker + "-ana", "CONFIDENTIAL", List.of(), "ANALYST");
        String liaison = accounts.createAs(ADMIN, marker + "-lia", "CONFIDENTIAL", List.of(), "LIAISON").get("id")
                .asString();
        api.as(ADMIN).post("/api/v1/users/" + liaison + "/disable", null).expect(200);

        assertThat(usernames("q=" + marker.toUpperCase())).containsExactlyInAnyOrder(marker + "-ana", marker + "-lia");
        assertThat(usernames("q=" + marker + "&role=LIAISON")).containsExactly(marker + "-lia");
        assertThat(usernames("q=" + marker + "&enabled=true")).containsExactly(marker + "-ana");
        assertThat(usernames("q=" + marker + "&enabled=false&role=ANALYST")).isEmpty();
        assertThat(api.as(ADMIN).get("/api/v1/users?role=KING").expect(400).body()).contains("role");
    }

    @Test
    void pagingThroughTheGrantsGivesEachOnceNewestFirstPendingIncluded() {
        List<String> mine = new ArrayList<>();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 4; i++) {
            String username = marker + "-g" + i;
            // Two requested at one instant (a tie), two before.
            Instant at = i < 2 ? t : t.minus(i, ChronoUnit.MINUTES);
            mine.add(clock.at(at, () -> accounts.createAs(ADMIN, username, "SECRET", List.of(), "ANALYST")
                    .get("pendingGrant").get("id").asString()));
        }

        // Other tests' grants are in the list too: the walk must still see every row once, in order.
        for (String path : List.of("/api/v1/users/grants?limit=2", "/api/v1/users/grants?limit=3&status=PENDING")) {
            List<Paging.Seen> forward = Paging.forward(api.as(ADMIN), path);
            List<JsonNode> seen = Paging.items(forward);
            assertThat(seen).extracting(g -> g.get("id").asString()).doesNotHaveDuplicates().containsAll(mine);
            Paging.assertNewestFirstTiesById(seen, "requestedAt");
            if (path.contains("PENDING")) {
                assertThat(seen).allMatch(g -> g.get("status").asString().equals("PENDING"));
            }
            List<Paging.Seen> backward = Paging.backward(api.as(ADMIN), path,
                    forward.get(forward.size() - 1).previous());
            assertThat(Paging.items(backward)).containsExactlyElementsOf(
                    seen.subList(0, seen.size() - forward.get(forward.size() - 1).items().size()));
        }
    }

    @Test
    void onlyAdministratorsListAndABadCursorOrLimitIsA400NamingIt() {
        api.as(ANALYST).get("/api/v1/users").expect(403);
        api.as(ANALYST).get("/api/v1/users/grants").expect(403);
        for (String path : List.of("/api/v1/users", "/api/v1/users/grants")) {
            var forged = api.as(ADMIN).get(path + "?cursor=not-a-cursor").expect(400);
            assertThat(forged.contentType()).contains("application/problem+json");
            assertThat(forged.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
            assertThat(api.as(ADMIN).get(path + "?limit=0").expect(400).json().get("errors").get(0).get("field")
                    .asString()).isEqualTo("limit");
        }
    }

    private List<String> usernames(String query) {
        List<String> names = new ArrayList<>();
        api.as(ADMIN).get("/api/v1/users?" + query).expect(200).json().get("items")
                .forEach(u -> names.add(u.get("username").asString()));
        return names;
    }
}
