package org.forewarn.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The threat list pages by cursor: most recently received first, ties broken by id, every threat
 * exactly once however it is paged, and a cursor or limit the server cannot use is a clear 400.
 */
class ThreatPagingTests extends IntegrationTest {

    @Test
    void pagingThroughByCursorGivesEveryThreatOnceNewestFirstWithTiesByIdAndLinkHeaders() {
        // A received time no other test uses, far after theirs, so these seven are the first page's rows.
        String newest = "2026-11-" + (10 + new java.util.Random(9).nextInt(9)) + "T08:00:00Z";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> threat = Fixtures.threat();
            // Three share one time (ties), four are a minute apart.
            threat.put("receivedAt", i < 3 ? newest : newest.replace("08:00", "07:5" + i));
            ids.add(api.as(ANALYST).post("/api/v1/threats", threat).expect(201).id());
        }

        List<JsonNode> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.as(ANALYST).get("/api/v1/threats?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            page.json().get("items").forEach(seen::add);
            cursor = page.json().get("next").isNull() ? null : page.json().get("next").asString();
            if (cursor != null) {
                assertThat(page.header("Link")).contains("cursor=" + cursor, "limit=3", "rel=\"next\"");
            }
            pages++;
        } while (cursor != null && seen.stream().filter(t -> ids.contains(t.get("id").asString())).count() < 7);

        List<JsonNode> ours = seen.stream().filter(t -> ids.contains(t.get("id").asString())).toList();
        assertThat(ours).hasSize(7);
        assertThat(ours.stream().map(t -> t.get("id").asString()).distinct()).hasSize(7);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        List<JsonNode> expected = new ArrayList<>(ours);
        expected.sort(Comparator.comparing((JsonNode t) -> java.time.Instant.parse(t.get("receivedAt").asString()))
                .thenComparing(t -> t.get("id").asString()).reversed()); // PostgreSQL orders uuids as unsigned bytes: as their hex text
        assertThat(ours).as("newest first, ties by id (descending)").containsExactlyElementsOf(expected);
        assertThat(ours.subList(0, 3).stream().map(t -> t.get("receivedAt").asString()).distinct()).hasSize(1);
    }

    @Test
    void searchFindsWhatEveryReaderSeesAndNeverAProtectedTerm() {
        String marker = "Zvezdny" + Integer.toString(new java.util.Random(11).nextInt(1_000_000), 36);
        Map<String, Object> threat = Fixtures.threat();
        threat.put("title", "Threat to the " + marker + " arena");
        String id = api.as(ANALYST).post("/api/v1/threats", threat).expect(201).id();

        // Words every reader sees: the title, a target's name, its place.
        for (String q : List.of(marker, "\"" + marker + " arena\"", "Crocus " + marker, marker + " Krasnogorsk")) {
            var found = api.as(org.forewarn.testing.TestUsers.JUNIOR_ANALYST).get("/api/v1/threats?q=" + q).expect(200); // the request builder encodes it
            assertThat(found.json().get("items")).as(q).hasSize(1);
            assertThat(found.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        }

        // The case's protected term (NIGHTJAR) and source: nothing, for the uncleared and the cleared alike,
        // exactly as for a word no case holds, so not even a count says the case holds it.
        for (String reader : List.of(org.forewarn.testing.TestUsers.JUNIOR_ANALYST, ANALYST)) {
            for (String q : List.of(marker + " NIGHTJAR", marker + " liaison-derived", marker + " CELL-7",
                    marker + " intercept", marker + " arena nightjar")) {
                var found = api.as(reader).get("/api/v1/threats?q=" + q).expect(200); // the request builder encodes it
                assertThat(found.json().get("items")).as(reader + " searching " + q).isEmpty();
            }
        }
    }

    @Test
    void filtersNarrowByStatusAndHarm() {
        var open = api.as(ANALYST).get("/api/v1/threats?status=OPEN&harm=KIDNAPPING&limit=500").expect(200);
        open.json().get("items").forEach(t -> {
            assertThat(t.get("status").asString()).isEqualTo("OPEN");
            assertThat(t.get("harmTypes").toString()).contains("KIDNAPPING");
        });
        Map<String, Object> kidnapping = Fixtures.threat();
        kidnapping.put("harmTypes", List.of("KIDNAPPING"));
        kidnapping.put("receivedAt", "2026-11-27T08:00:00Z");
        String id = api.as(ANALYST).post("/api/v1/threats", kidnapping).expect(201).id();
        assertThat(api.as(ANALYST).get("/api/v1/threats?harm=KIDNAPPING").expect(200).body()).contains(id);
        assertThat(api.as(ANALYST).get("/api/v1/threats?harm=INTENTIONAL_KILLING&limit=500").expect(200).body())
                .doesNotContain(id);
        assertThat(api.as(ANALYST).get("/api/v1/threats?status=NOT_A_STATUS").expect(400).body()).contains("status");
    }

    @Test
    void theLastPageHasNoNextAndNoLink() {
        var all = api.as(ANALYST).get("/api/v1/threats?limit=500").expect(200);
        String cursor = all.json().get("next").isNull() ? null : all.json().get("next").asString();
        var last = all;
        while (cursor != null) {
            last = api.as(ANALYST).get("/api/v1/threats?limit=500&cursor=" + cursor).expect(200);
            cursor = last.json().get("next").isNull() ? null : last.json().get("next").asString();
        }
        assertThat(last.json().get("next").isNull()).isTrue();
        assertThat(last.header("Link")).as("a way back, none forward").satisfiesAnyOf(
                link -> assertThat(link).isNull(),
                link -> assertThat(link).contains("rel=\"prev\"").doesNotContain("rel=\"next\""));
    }

    @Test
    void aCursorTheServerDidNotGiveOrALimitOutOfRangeIsAClear400() {
        var forged = api.as(ANALYST).get("/api/v1/threats?cursor=not-a-cursor").expect(400);
        assertThat(forged.contentType()).contains("application/problem+json");
        assertThat(forged.body()).contains("cursor", "is not a cursor this server gave out");

        assertThat(api.as(ANALYST).get("/api/v1/threats?limit=0").expect(400).body()).contains("limit",
                "between 1 and 500");
        assertThat(api.as(ANALYST).get("/api/v1/threats?limit=501").expect(400).body()).contains("limit");
        assertThat(api.as(ANALYST).get("/api/v1/threats?limit=500").expect(200).json().get("items").size())
                .isLessThanOrEqualTo(500);
    }

    @Test
    void previousLeadsBackToExactlyThePageBefore() {
        for (int i = 0; i < 7; i++) {
            api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201);
        }
        var first = api.as(ANALYST).get("/api/v1/threats?limit=2").expect(200);
        assertThat(first.json().get("previous").isNull()).isTrue();
        var second = api.as(ANALYST).get("/api/v1/threats?limit=2&cursor=" + first.json().get("next").asString())
                .expect(200);
        var third = api.as(ANALYST).get("/api/v1/threats?limit=2&cursor=" + second.json().get("next").asString())
                .expect(200);
        assertThat(third.header("Link")).contains("rel=\"prev\"", "rel=\"next\"");

        var backToSecond = api.as(ANALYST).get("/api/v1/threats?limit=2&cursor="
                + third.json().get("previous").asString()).expect(200);
        assertThat(backToSecond.json().get("items")).isEqualTo(second.json().get("items"));
        var backToFirst = api.as(ANALYST).get("/api/v1/threats?limit=2&cursor="
                + backToSecond.json().get("previous").asString()).expect(200);
        assertThat(backToFirst.json().get("items")).isEqualTo(first.json().get("items"));
        assertThat(backToFirst.json().get("previous").isNull()).as("the first page, reached going back").isTrue();
        assertThat(backToFirst.json().get("next").asString()).isEqualTo(first.json().get("next").asString());
    }
}
