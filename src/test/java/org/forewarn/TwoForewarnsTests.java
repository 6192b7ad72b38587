package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Api;
import org.forewarn.testing.ApplicationProcess;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Two Forewarn services exchange over TAXII 2.1: this one (the test's) and a partner's, a second
 * Forewarn in its own JVM started with the demo (its account {@code partner} speaks for us). Our warning
 * goes to the partner's own TAXII server and lands in its intake queue; the partner's warning waits in
 * its collection for us, and our poll of it is both our incoming reporting and its delivery.
 */
class TwoForewarnsTests extends IntegrationTest {

    private static final String TAXII = "application/taxii+json;version=2.1";
    private static final String DEMO_PASSWORD = "forewarn-demo";

    @Test
    void ourWarningReachesThePartnersIntakeAndThePartnersWarningReachesOursAndIsDelivered() throws Exception {
        Path dataDir = Path.of("target", "test-data", "partner-" + UUID.randomUUID()).toAbsolutePath();
        try (ApplicationProcess theirs = ApplicationProcess.start(dataDir, Map.of(), "--demo")) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> theirs.get("/taxii2/", TAXII, "partner", DEMO_PASSWORD).statusCode() == 200);
            Map<String, String> collections = new java.util.HashMap<>();
            for (JsonNode c : json(theirs.get("/taxii2/forewarn/collections/", TAXII, "partner", DEMO_PASSWORD))
                    .get("collections")) {
                collections.put(c.get("can_write").asBoolean() ? "write" : "read", "http://127.0.0.1:" + theirs.port
                        + "/taxii2/forewarn/collections/" + c.get("id").asString() + "/");
            }

            // Ours to theirs: pushed to the partner's reporting collection by our delivery engine.
            String recipient = new Cases(api).recipient("ALLY", Map.of("type", "TAXII", "address",
                    collections.get("write"), "secret", "partner:" + DEMO_PASSWORD));
            String threat = new Cases(api).threatWithDuty();
            String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                    Fixtures.warning(recipient, "TAXII", Fixtures.CLEAN_TEXT)).expect(201).id();
            api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> api.as(LIAISON)
                    .get("/api/v1/warnings/" + warning).expect(200).text("state").equals("DELIVERED"));
            List<String> theirQueue = stixIds(json(theirs.get("/api/v1/intake/reporting?status=NEW&limit=100",
                    "application/json", "analyst", DEMO_PASSWORD)));
            assertThat(theirQueue).as("our warning in the partner's intake queue")
                    .containsExactly(org.forewarn.warning.WarningStix.reportId(UUID.fromString(warning)));

            // Theirs to ours: the partner's warning to us (its recipient "Allied partner service") waits in
            // its collection; our feed reads it, which is its delivery.
            String theirWarning = theirWarningToUs(theirs);
            String feed = api.as(ADMIN).post("/api/v1/intake/feeds", Map.of("name", "The partner's Forewarn",
                    "collectionUrl", collections.get("read"), "username", "partner", "password", DEMO_PASSWORD,
                    "sourceReliability", "B")).expect(201).id();
            JsonNode poll = api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200).json();
            assertThat(poll.get("reports").asInt()).as(poll.toString()).isEqualTo(1);
            JsonNode ours = null;
            for (JsonNode r : api.as(ANALYST).all("/api/v1/intake/reporting?status=NEW")) {
                if (r.path("feedId").asString("").equals(feed)) {
                    ours = r;
                }
            }
            assertThat(ours).isNotNull();
            assertThat(ours.get("prefill").get("sourceReliability").asString()).isEqualTo("B");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> json(theirs
                    .get("/api/v1/warnings/" + theirWarning, "application/json", "liaison", DEMO_PASSWORD))
                    .get("state").asString().equals("DELIVERED"));
            // Both receipts verify with the key each service publishes.
            assertVerifies(json(theirs.get("/api/v1/warnings/" + theirWarning + "/receipt", "application/json",
                    "auditor", DEMO_PASSWORD)), json(theirs.get("/api/v1/signing-key", "application/json", "auditor",
                    DEMO_PASSWORD)));
            assertVerifies(api.as(org.forewarn.testing.TestUsers.AUDITOR).get("/api/v1/warnings/" + warning
                    + "/receipt").expect(200).json(), api.as(org.forewarn.testing.TestUsers.AUDITOR)
                    .get("/api/v1/signing-key").expect(200).json());
        }
    }

    /** On the partner's Forewarn: a case with a duty in force and a warning to its TAXII partner, sent. */
    private static String theirWarningToUs(ApplicationProcess theirs) throws IOException {
        String threat = created(theirs.post("/api/v1/threats", Api.JSON.writeValueAsString(Fixtures.threat()),
                "analyst", DEMO_PASSWORD));
        String determination = created(theirs.post("/api/v1/threats/" + threat + "/determinations",
                Api.JSON.writeValueAsString(Fixtures.dutyToWarn()), "analyst", DEMO_PASSWORD));
        ok(theirs.post("/api/v1/determinations/" + determination + "/approval", "{\"decision\": \"APPROVE\"}",
                "approver", DEMO_PASSWORD));
        String recipient = null;
        for (JsonNode r : json(theirs.get("/api/v1/recipients?limit=100", "application/json", "analyst",
                DEMO_PASSWORD)).get("items")) {
            if (r.get("name").asString().equals("Allied partner service (TAXII)")) {
                recipient = r.get("id").asString();
            }
        }
        String warning = created(theirs.post("/api/v1/threats/" + threat + "/warnings", Api.JSON.writeValueAsString(
                Fixtures.warning(recipient, "TAXII", Fixtures.CLEAN_TEXT)), "analyst", DEMO_PASSWORD));
        // An ally whose relationship nobody confirmed: an approver approves the warning first.
        HttpResponse<String> approval = theirs.post("/api/v1/warnings/" + warning + "/approval",
                "{\"decision\": \"APPROVE\"}", "approver", DEMO_PASSWORD);
        assertThat(approval.statusCode()).as(approval.body()).isIn(200, 409, 422);
        ok(theirs.post("/api/v1/warnings/" + warning + "/send", "{}", "liaison", DEMO_PASSWORD));
        return warning;
    }

    private static void assertVerifies(JsonNode receipt, JsonNode jwk) throws Exception {
        assertThat(receipt.get("payload").get("channel").get("type").asString()).isEqualTo("TAXII");
        String[] jws = receipt.get("jws").asString().split("\\.");
        assertThat(org.forewarn.testing.Ed25519Jwk.verifies(jwk, jws[0] + "." + jws[1], jws[2])).isTrue();
    }

    private static List<String> stixIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(r -> ids.add(r.get("stixId").asString()));
        return ids;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return Api.JSON.readTree(response.body());
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.JSON.readTree(response.body()).get("id").asString();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
