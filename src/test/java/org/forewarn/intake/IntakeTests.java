package org.forewarn.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.SpecTaxiiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reporting in: a partner's TAXII collection (a server written from the specification) is polled, each
 * STIX report waits in a queue and in Due now, and an analyst turns it into a threat or dismisses it.
 */
class IntakeTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TLP_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    private final String password = "partner-pass-" + UUID.randomUUID();
    private final SpecTaxiiServer partner = new SpecTaxiiServer("forewarn", password);

    @AfterEach
    void stop() {
        partner.close();
    }

    private static ObjectNode report(String name, String modified, String actorId) {
        ObjectNode r = JSON.createObjectNode();
        r.put("type", "report");
        r.put("spec_version", "2.1");
        r.put("id", "report--" + UUID.nameUUIDFromBytes(name.getBytes()));
        r.put("created", "2024-03-07T09:00:00.000Z");
        r.put("modified", modified);
        r.put("name", name);
        r.put("description", "A cell plans an armed attack on a concert hall in the coming weeks.");
        r.putArray("report_types").add("threat-report");
        r.put("published", "2024-03-07T09:00:00.000Z");
        r.put("confidence", 70);
        r.putArray("object_refs").add(actorId);
        r.putArray("object_marking_refs").add(TLP_GREEN);
        return r;
    }

    private static ObjectNode actor(String name) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", "threat-actor");
        a.put("spec_version", "2.1");
        a.put("id", "threat-actor--" + UUID.nameUUIDFromBytes(name.getBytes()));
        a.put("created", "2024-03-07T09:00:00.000Z");
        a.put("modified", "2024-03-07T09:00:00.000Z");
        a.put("name", name);
        return a;
    }

    private String feed(String pass) {
        return api.as(ADMIN).post("/api/v1/intake/feeds", Map.of("name", "Partner service " + UUID.randomUUID(),
                "collectionUrl", partner.collection().toString(), "username", "forewarn", "password", pass,
                "sourceReliability", "B")).expect(201).id();
    }

    private List<JsonNode> waiting(String feed) {
        List<JsonNode> found = new ArrayList<>();
        api.as(ANALYST).all("/api/v1/intake/reporting?status=NEW").forEach(r -> {
            if (r.path("feedId").asString("").equals(feed)) {
                found.add(r);
            }
        });
        return found;
    }

    @Test
    void eachReportArrivesOnceWithItsPrefillAndWaitsForAnAnalyst() {
        ObjectNode actor = actor("Wilayat Khorasan cell " + UUID.randomUUID());
        partner.preload(List.of(actor, report("Plot against a concert hall", "2024-03-07T09:00:00.000Z",
                actor.get("id").asString()), report("Second plot", "2024-03-07T09:00:00.000Z", actor.get("id").asString())));
        String feed = feed(password);

        JsonNode first = api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200).json();
        JsonNode again = api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200).json();

        assertThat(first.get("reports").asInt()).isEqualTo(2);
        assertThat(first.get("objects").asInt()).isEqualTo(3);
        assertThat(again.get("reports").asInt()).as("read on from where it stopped").isZero();
        assertThat(again.get("objects").asInt()).isZero();
        List<JsonNode> queue = waiting(feed);
        assertThat(queue).hasSize(2);
        JsonNode plot = queue.stream().filter(r -> r.get("name").asString().equals("Plot against a concert hall"))
                .findFirst().orElseThrow();
        JsonNode prefill = plot.get("prefill");
        assertThat(prefill.get("title").asString()).isEqualTo("Plot against a concert hall");
        assertThat(prefill.get("summary").asString()).contains("concert hall", "over TAXII");
        assertThat(prefill.get("actor").asString()).isEqualTo(actor.get("name").asString());
        assertThat(prefill.get("sourceReliability").asString()).isEqualTo("B");
        assertThat(prefill.get("informationCredibility").asInt()).as("confidence 70: probably true").isEqualTo(2);
        assertThat(prefill.get("tlp").asString()).isEqualTo("TLP:GREEN");
        assertThat(plot.get("related").get(0).get("type").asString()).isEqualTo("threat-actor");

        // The queue is oldest first and the shared test database holds decades of cases: read it whole.
        String due = api.as(ANALYST).all("/api/v1/due").toString();
        assertThat(due).contains("INCOMING_REPORTING", plot.get("id").asString(),
                "/api/v1/intake/reporting/" + plot.get("id").asString());
        assertThat(api.as(CONSULAR).all("/api/v1/due").toString()).doesNotContain(plot.get("id").asString());

        // A later version of the same report is new reporting; the same version is not.
        partner.preload(List.of(report("Plot against a concert hall", "2024-03-08T09:00:00.000Z",
                actor.get("id").asString())));
        assertThat(api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200).json()
                .get("reports").asInt()).isEqualTo(1);
        assertThat(waiting(feed)).hasSize(3);
    }

    @Test
    void anAnalystTurnsAReportIntoAThreatOnceOrDismissesItWithAReason() {
        ObjectNode actor = actor("Cell " + UUID.randomUUID());
        partner.preload(List.of(actor, report("Plot A " + UUID.randomUUID(), "2024-03-07T09:00:00.000Z",
                actor.get("id").asString()), report("Plot B " + UUID.randomUUID(), "2024-03-07T09:00:00.000Z",
                actor.get("id").asString())));
        String feed = feed(password);
        api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200);
        List<JsonNode> queue = waiting(feed);
        JsonNode one = queue.get(0);
        JsonNode other = queue.get(1);

        Map<String, Object> threat = Fixtures.threat();
        threat.put("title", one.get("prefill").get("title").asString());
        threat.put("summary", one.get("prefill").get("summary").asString());
        threat.put("actor", one.get("prefill").get("actor").asString());
        threat.put("tlp", one.get("prefill").get("tlp").asString());
        var created = api.as(ANALYST).post("/api/v1/intake/reporting/" + one.get("id").asString() + "/threat", threat)
                .expect(201);
        var twice = api.as(ANALYST).post("/api/v1/intake/reporting/" + one.get("id").asString() + "/threat", threat);
        var dismissed = api.as(ANALYST).post("/api/v1/intake/reporting/" + other.get("id").asString() + "/dismissal",
                Map.of("reason", "Duplicates reporting we already hold.")).expect(200).json();

        assertThat(created.text("title")).isEqualTo(one.get("name").asString());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already-decided");
        JsonNode accepted = api.as(AUDITOR).get("/api/v1/intake/reporting/" + one.get("id").asString()).expect(200)
                .json();
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("threatId").asString()).isEqualTo(created.id());
        assertThat(dismissed.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(dismissed.get("dismissalReason").asString()).contains("Duplicates");
        assertThat(waiting(feed)).isEmpty();
        assertThat(api.as(ANALYST).post("/api/v1/intake/reporting/" + other.get("id").asString() + "/dismissal",
                Map.of("reason", " ")).status()).isEqualTo(400);
        String audit = api.as(AUDITOR).all("/api/v1/audit?caseId=" + created.id()).toString();
        assertThat(audit).contains("ReportingAccepted");
    }

    @Test
    void aFeedThatCannotSignInRecordsWhyAndNothingMovesAndThePasswordNeverShows() {
        partner.preload(List.of(report("Plot C " + UUID.randomUUID(), "2024-03-07T09:00:00.000Z",
                "threat-actor--" + UUID.randomUUID())));
        String feed = feed("not-the-password");

        JsonNode result = api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200).json();

        assertThat(result.get("error").asString()).contains("401", "Unauthorized");
        JsonNode view = api.as(ADMIN).get("/api/v1/intake/feeds/" + feed).expect(200).json();
        assertThat(view.get("lastError").asString()).contains("401");
        assertThat(view.has("addedAfter") && !view.get("addedAfter").isNull()).as("reads on from the same place")
                .isFalse();
        assertThat(view.get("signsIn").asBoolean()).isTrue();
        assertThat(api.as(ADMIN).get("/api/v1/intake/feeds").expect(200).body()).doesNotContain("not-the-password")
                .doesNotContain(password);
        assertThat(waiting(feed)).isEmpty();

        assertThat(api.as(ANALYST).post("/api/v1/intake/feeds", Map.of("name", "x", "collectionUrl",
                partner.collection().toString(), "sourceReliability", "B")).status()).isEqualTo(403);
        var badUrl = api.as(ADMIN).post("/api/v1/intake/feeds", Map.of("name", "x", "collectionUrl",
                "https://partner.example/taxii2/", "sourceReliability", "B"));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body()).contains("collectionUrl", "collections");
        assertThat(api.as(ADMIN).post("/api/v1/intake/feeds", Map.of("name", "again", "collectionUrl",
                partner.collection().toString(), "sourceReliability", "B")).status()).isEqualTo(409);
    }
}
