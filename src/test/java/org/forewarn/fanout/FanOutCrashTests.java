package org.forewarn.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.testing.Api;
import org.forewarn.testing.ApplicationProcess;
import org.forewarn.testing.TestEnvironment;
import org.forewarn.testing.WebhookSink;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Kills Forewarn with SIGKILL in the middle of a fan-out and starts it again on the same data
 * directory: the fan-out resumes by itself, nobody is missed, and a message sent twice carries
 * the same Idempotency-Key both times.
 */
class FanOutCrashTests {

    /** Seeded, so a failing run can be replayed: {@code -Dforewarn.test.seed=...}. */
    private static final java.util.Random RANDOM = new java.util.Random(Long.getLong("forewarn.test.seed", 20240322L));

    private static final int PEOPLE = 3000;
    private static final String ADMIN_PASSWORD = "crash-test-admin-password";
    private static final String CONSULAR = "crash-consular";
    private static final String CONSULAR_PASSWORD = "crash-consular-password";

    @Test
    void killedMidFanOutResumesWithoutMissingAnyoneOrChangingKeys() throws Exception {
        WebhookSink sink = TestEnvironment.get().webhooks;
        String path = "/crash/" + UUID.randomUUID();
        Path dataDir = Path.of("target", "test-data", "fanout-crash-" + UUID.randomUUID()).toAbsolutePath();
        // Throttled to 300 messages a second, the fan-out takes about ten seconds: time to kill it.
        String[] args = {"--forewarn.delivery.channels.webhook.rate-per-second=300",
                "--forewarn.alerting.fan-out.lease=3s", "--forewarn.alerting.fan-out.poll-interval=200ms"};
        Map<String, String> env = Map.of("FOREWARN_ADMIN_PASSWORD", ADMIN_PASSWORD);

        String alert;
        int beforeKill;
        ApplicationProcess first = ApplicationProcess.start(dataDir, env, args);
        try {
            first.post("/api/v1/users", """
                    {"username": "%s", "password": "one-time-password", "roles": ["CONSULAR"], "clearance": "CONFIDENTIAL"}"""
                    .formatted(CONSULAR), "admin", ADMIN_PASSWORD);
            // An account an admin created chooses its own password before anything else.
            first.post("/api/v1/me/password", """
                    {"currentPassword": "one-time-password", "newPassword": "%s"}""".formatted(CONSULAR_PASSWORD),
                    CONSULAR, "one-time-password");
            StringBuilder csv = new StringBuilder("name,webhook_url,lat,lon\n");
            for (int i = 0; i < PEOPLE; i++) {
                csv.append("Person ").append(i).append(',').append(sink.url(path)).append(',')
                        .append(55.6 + RANDOM.nextDouble(0.3)).append(',')
                        .append(37.4 + RANDOM.nextDouble(0.4)).append('\n');
            }
            var imported = first.send("POST", "/api/v1/enrollments/import", "text/csv", csv.toString(), CONSULAR,
                    CONSULAR_PASSWORD);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            var draft = first.post("/api/v1/alerts", """
                    {"sender": "Test Embassy", "headline": "Crash test", "event": "Test", "description": "d",
                     "instruction": "i", "severity": "Severe", "urgency": "Immediate", "certainty": "Likely",
                     "area": {"description": "Moscow", "polygon": [[55.49,37.30],[55.49,37.95],[55.96,37.95],[55.96,37.30]]}}""",
                    CONSULAR, CONSULAR_PASSWORD);
            alert = Api.JSON.readTree(draft.body()).get("id").asString();
            first.post("/api/v1/alerts/" + alert + "/publish", "", CONSULAR, CONSULAR_PASSWORD);

            await().atMost(Duration.ofSeconds(60)).until(() -> sink.receivedAt(path).size() >= PEOPLE / 5);
        } finally {
            first.kill9();
        }
        beforeKill = sink.receivedAt(path).size();
        assertThat(beforeKill).as("killed part-way").isLessThan(PEOPLE);

        try (ApplicationProcess second = ApplicationProcess.start(dataDir, env, args)) {
            String finalAlert = alert;
            JsonNode fanout = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(
                    () -> Api.JSON.readTree(second.get("/api/v1/alerts/" + finalAlert + "/fanout", CONSULAR,
                            CONSULAR_PASSWORD).body()),
                    f -> "COMPLETED".equals(f.get("status").asString()));

            assertThat(fanout.get("messages").asLong()).isEqualTo(PEOPLE);
            assertThat(fanout.get("delivered").asLong()).isEqualTo(PEOPLE);
            assertThat(fanout.get("failed").asLong()).isZero();

            Set<String> expectedKeys = new HashSet<>();
            String cursor = "";
            while (cursor != null) {
                JsonNode page = Api.JSON.readTree(second.get("/api/v1/alerts/" + alert + "/deliveries?limit=500&cursor="
                        + cursor, CONSULAR, CONSULAR_PASSWORD).body());
                page.get("items").forEach(d -> expectedKeys.add(d.get("idempotencyKey").asString()));
                cursor = page.get("next").isNull() ? null : page.get("next").asString();
            }
            assertThat(expectedKeys).hasSize(PEOPLE);

            List<WebhookSink.Received> received = sink.receivedAt(path);
            Map<String, Integer> perKey = new HashMap<>();
            for (WebhookSink.Received r : received) {
                perKey.merge(r.header("Idempotency-Key"), 1, Integer::sum);
            }
            // Everyone was reached, under their own key; resends (if any) repeated a key already used.
            assertThat(perKey.keySet()).isEqualTo(expectedKeys);
            long resent = received.size() - PEOPLE;
            assertThat(resent).isEqualTo(perKey.values().stream().mapToInt(n -> n - 1).sum());
        }
    }
}
