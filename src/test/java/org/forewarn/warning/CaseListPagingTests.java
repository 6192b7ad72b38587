package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.ArrayList;
import java.util.List;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A case's warnings and determinations page by cursor like every other list. */
class CaseListPagingTests extends IntegrationTest {

    @Test
    void aCasesWarningsPageNewestFirstEachOnce() {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        List<String> drafted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String recipient = cases.recipient("ALLY", Fixtures.emailChannel("desk" + i + "@example.org"));
            drafted.add(cases.draft(threat, recipient, "EMAIL"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.as(ANALYST).get("/api/v1/threats/" + threat + "/warnings?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).expect(200);
            page.json().get("items").forEach(w -> seen.add(w.get("id").asString()));
            JsonNode next = page.json().get("next");
            cursor = next.isNull() ? null : next.asString();
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"");
            }
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        java.util.Collections.reverse(drafted);
        assertThat(seen).containsExactlyElementsOf(drafted);
    }

    @Test
    void aCasesDeterminationsComeAsAPage() {
        String threat = new Cases(api).threatWithDuty();
        var page = api.as(ANALYST).get("/api/v1/threats/" + threat + "/determinations").expect(200).json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat + "/determinations?limit=900").expect(400)
                .body()).contains("limit");
    }
}
