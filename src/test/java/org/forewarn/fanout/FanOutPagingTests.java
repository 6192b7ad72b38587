package org.forewarn.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A fan-out's messages page by cursor, no longer by {@code after}: highest id first, every message
 * exactly once either way, the status narrowing them. The fan-out is written straight into its
 * tables (a completed one, so no sender touches it): what is under test is the list.
 */
class FanOutPagingTests extends IntegrationTest {

    private static final List<String> STATUSES = List.of("DELIVERED", "SENT", "FAILED", "DELIVERED", "QUEUED",
            "DELIVERED", "SENT");

    @Autowired
    JdbcClient jdbc;

    String alert;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void aCompletedFanOutOfSevenMessages() {
        alert = api.as(CONSULAR).post("/api/v1/alerts", Fixtures.embassyAlert()).expect(201).id();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into fanouts (alert_id, status, reference_time, started_at, matched_at, completed_at)
                values (:alert, 'COMPLETED', :now, :now, :now, :now)""")
                .param("alert", UUID.fromString(alert)).param("now", now).update();
        for (String status : STATUSES) {
            ids.add(jdbc.sql("""
                    insert into alert_deliveries (alert_id, enrollee_id, channel, address, language, status,
                                                  next_attempt_at)
                    values (:alert, :person, 'WEBHOOK', 'https://phone.example/push', 'en', :status, :now)
                    returning id""")
                    .param("alert", UUID.fromString(alert)).param("person", UUID.randomUUID())
                    .param("status", status).param("now", now).query(Long.class).single());
        }
    }

    @Test
    void pagingForwardAndBackGivesEveryMessageOnceHighestIdFirst() {
        String path = "/api/v1/alerts/" + alert + "/deliveries?limit=3";
        List<Paging.Seen> forward = Paging.forward(api.as(CONSULAR), path);
        assertThat(forward).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
        List<Long> seen = Paging.items(forward).stream().map(d -> d.get("id").asLong()).toList();
        List<Long> highestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(highestFirst);
        assertThat(seen).containsExactlyElementsOf(highestFirst);

        List<Paging.Seen> backward = Paging.backward(api.as(CONSULAR), path, forward.get(2).previous());
        assertThat(Paging.items(backward).stream().map(d -> d.get("id").asLong()).toList())
                .containsExactlyElementsOf(seen.subList(0, 6));
        assertThat(backward.get(0).previous()).isNull();
    }

    @Test
    void theStatusNarrowsAcrossPages() {
        List<JsonNode> delivered = Paging.items(Paging.forward(api.as(CONSULAR),
                "/api/v1/alerts/" + alert + "/deliveries?limit=2&status=DELIVERED"));
        assertThat(delivered).extracting(d -> d.get("id").asLong())
                .containsExactly(ids.get(5), ids.get(3), ids.get(0));
        assertThat(delivered).allMatch(d -> d.get("status").asString().equals("DELIVERED"));
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/deliveries?status=LOST").expect(400).body())
                .contains("status");
    }

    @Test
    void afterIsRefusedWithA400SayingToUseTheCursorAndTheRolesAreUnchanged() {
        var after = api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/deliveries?after=0").expect(400);
        assertThat(after.contentType()).contains("application/problem+json");
        assertThat(after.json().get("errors").get(0).get("field").asString()).isEqualTo("after");
        assertThat(after.json().get("errors").get(0).get("message").asString()).contains("cursor");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/deliveries?limit=1000").expect(400).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/deliveries?cursor=x").expect(400).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        api.as(ANALYST).get("/api/v1/alerts/" + alert + "/deliveries").expect(403);
    }
}
