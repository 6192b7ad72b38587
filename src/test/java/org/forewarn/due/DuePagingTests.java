package org.forewarn.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The due queue pages by cursor, oldest first, each item once, and back again. */
class DuePagingTests extends IntegrationTest {

    @Test
    void theQueuePagesOldestFirstAndBack() {
        Cases cases = new Cases(api);
        List<String> proposed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String threat = cases.threat();
            proposed.add(api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn())
                    .expect(201).id());
        }

        List<JsonNode> pages = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.as(APPROVER).get("/api/v1/due?mine=true&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
            pages.add(page);
            page.get("items").forEach(items::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);

        List<String> subjects = items.stream().map(i -> i.get("subjectId").asString()).toList();
        assertThat(subjects).containsSubsequence(proposed).doesNotHaveDuplicates();
        List<Instant> since = items.stream().map(i -> Instant.parse(i.get("since").asString())).toList();
        assertThat(since).isSorted();
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);

        JsonNode second = pages.get(1);
        JsonNode backToFirst = api.as(APPROVER).get("/api/v1/due?mine=true&limit=2&cursor="
                + second.get("previous").asString()).expect(200).json();
        assertThat(backToFirst.get("items").findValuesAsString("subjectId"))
                .isEqualTo(pages.get(0).get("items").findValuesAsString("subjectId"));
        assertThat(backToFirst.get("previous").isNull()).isTrue();
    }
}
