package org.forewarn.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The filters a case officer uses narrow the threat list in the database, combine with each other
 * and with search, and never let anyone learn a protected term, not even by how many cases match.
 */
class ThreatFilterTests extends IntegrationTest {

    @Test
    void classificationReceivedWindowAndCountryNarrowTheList() {
        String marker = marker();
        String secretInRussia = report(marker, Map.of("classification", "SECRET", "receivedAt", "2025-02-10T10:00:00Z"),
                "RU");
        String confidentialInFrance = report(marker, Map.of("classification", "CONFIDENTIAL",
                "receivedAt", "2025-03-10T10:00:00Z"), "FR");
        String secretLater = report(marker, Map.of("classification", "SECRET", "receivedAt", "2025-05-10T10:00:00Z"),
                null);

        assertThat(ids("q=" + marker)).containsExactly(secretLater, confidentialInFrance, secretInRussia);
        assertThat(ids("q=" + marker + "&classification=SECRET")).containsExactly(secretLater, secretInRussia);
        assertThat(ids("q=" + marker + "&country=ru")).containsExactly(secretInRussia);
        assertThat(ids("q=" + marker + "&country=FR&classification=SECRET")).isEmpty();
        assertThat(ids("q=" + marker + "&receivedFrom=2025-03-01T00:00:00Z&receivedTo=2025-05-10T10:00:00Z"))
                .as("from inclusive, to exclusive").containsExactly(confidentialInFrance);
        assertThat(ids("q=" + marker + "&receivedFrom=2025-03-01T00:00:00Z")).containsExactly(secretLater,
                confidentialInFrance);
    }

    @Test
    void recipientAwaitingApprovalAndDeadlineFindTheCasesThatNeedSomeone() {
        Cases cases = new Cases(api);
        String marker = marker();
        String adversary = cases.recipient("ADVERSARY", Fixtures.emailChannel("fsb@example.org"));
        String ally = cases.recipient("ALLY", Fixtures.emailChannel("ally@example.org"));

        String awaiting = threatWithDuty(marker);
        cases.draft(awaiting, adversary, "EMAIL");
        String readyToSend = threatWithDuty(marker);
        cases.draft(readyToSend, ally, "EMAIL");
        String approved = threatWithDuty(marker);
        cases.approvedDraft(approved, adversary, "EMAIL");
        String noDuty = report(marker, Map.of(), null);

        assertThat(ids("q=" + marker + "&awaitingApproval=true")).containsExactly(awaiting);
        assertThat(ids("q=" + marker + "&recipient=" + adversary)).containsExactlyInAnyOrder(awaiting, approved);
        assertThat(ids("q=" + marker + "&recipient=" + ally)).containsExactly(readyToSend);
        // Each duty was approved just now with the default 24-hour deadline, and nothing has been sent.
        assertThat(ids("q=" + marker + "&deadlineWithin=PT25H")).containsExactlyInAnyOrder(awaiting, readyToSend,
                approved).doesNotContain(noDuty);
        assertThat(ids("q=" + marker + "&deadlineWithin=1h")).isEmpty();
        assertThat(ids("q=" + marker + "&deadlineWithin=25h&awaitingApproval=true")).containsExactly(awaiting);
    }

    @Test
    void nobodyLearnsAProtectedTermThroughSearchFiltersOrCounts() {
        String marker = marker();
        // Two cases look alike to everyone; only one holds the protected term (and source) in its protected details.
        Map<String, Object> holding = Fixtures.threat();
        holding.put("title", "Threat to the " + marker + " concert");
        holding.put("protectedDetails", Map.of("sourceDescription", "asset KINGFISHER-" + marker,
                "collectionMethod", "intercept of " + marker + "-CELL", "protectedTerms",
                List.of("OSPREY" + marker)));
        api.as(ANALYST).post("/api/v1/threats", holding).expect(201);
        Map<String, Object> plain = Fixtures.threat();
        plain.put("title", "Threat to the " + marker + " concert");
        api.as(ANALYST).post("/api/v1/threats", plain).expect(201);

        for (String probe : List.of("OSPREY" + marker, "KINGFISHER-" + marker, marker + "-CELL",
                marker + " OSPREY" + marker, "\"" + marker + " concert\" KINGFISHER-" + marker,
                marker + " -OSPREY" + marker)) {
            var junior = api.as(JUNIOR_ANALYST).get("/api/v1/threats?q=" + probe).expect(200);
            var cleared = api.as(APPROVER).get("/api/v1/threats?q=" + probe).expect(200);
            // The uncleared see exactly what the cleared see: search never reads protected details.
            assertThat(junior.json().get("items").size()).as(probe).isEqualTo(cleared.json().get("items").size());
            assertThat(junior.body()).doesNotContain("OSPREY", "KINGFISHER");
        }
        assertThat(ids("q=OSPREY" + marker)).isEmpty();
        assertThat(ids("q=" + marker + " -OSPREY" + marker)).as("excluding the term excludes nothing").hasSize(2);
    }

    @Test
    void aFilterThatCannotBeUsedIsAClear400() {
        assertThat(api.as(ANALYST).get("/api/v1/threats?country=Russia").expect(400).body()).contains("country",
                "two-letter");
        assertThat(api.as(ANALYST).get("/api/v1/threats?deadlineWithin=soon").expect(400).body())
                .contains("deadlineWithin", "PT24H");
        assertThat(api.as(ANALYST).get("/api/v1/threats?receivedFrom=yesterday").expect(400).body())
                .contains("receivedFrom");
        assertThat(api.as(ANALYST).get("/api/v1/threats?receivedFrom=2025-02-01T00:00:00Z"
                + "&receivedTo=2025-01-01T00:00:00Z").expect(400).body()).contains("receivedTo");
        assertThat(api.as(ANALYST).get("/api/v1/threats?classification=VERY_SECRET").expect(400).body())
                .contains("classification");
    }

    private String report(String marker, Map<String, Object> changes, String country) {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("title", "Threat to the " + marker + " arena");
        threat.putAll(changes);
        if (country != null) {
            threat.put("targets", List.of(Map.of("name", "Arena " + marker, "kind", "VENUE", "place", "a city",
                    "country", country)));
        }
        return api.as(ANALYST).post("/api/v1/threats", threat).expect(201).id();
    }

    private String threatWithDuty(String marker) {
        String threat = report(marker, Map.of(), null);
        String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();
        api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval",
                Map.of("decision", "APPROVE")).expect(200);
        return threat;
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        JsonNode items = api.as(ANALYST).get("/api/v1/threats?limit=500&" + query).expect(200).json().get("items");
        items.forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
