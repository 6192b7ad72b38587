package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.forewarn.delivery.WebhookSignature;
import org.forewarn.testing.Api;
import org.forewarn.testing.ApplicationProcess;
import org.forewarn.testing.TestEnvironment;
import org.forewarn.testing.WebhookSink;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Three Forewarn processes on one PostgreSQL behave as one system: they share a fan-out of tens of
 * thousands of people and finish it when one of them is killed with SIGKILL half-way, run each sweep
 * once per tick across all three, empty each other's public-document cache through LISTEN/NOTIFY,
 * and keep one valid audit chain while writing to it at the same time.
 */
class ClusterTests {

    /** Seeded, so a failing run can be replayed: {@code -Dforewarn.test.seed=...}. */
    private static final Random RANDOM = new Random(Long.getLong("forewarn.test.seed", 20261207L));

    private static final int PEOPLE = 20_000;
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);
    private static final String ADMIN_PASSWORD = "cluster-admin-password";
    private static final String CONSULAR = "cluster-consular";
    private static final String AUDITOR = "cluster-auditor";
    private static final String PASSWORD = "cluster-user-password";
    private static final String MOSCOW = """
            {"description": "Moscow", "polygon": [[55.49,37.30],[55.49,37.95],[55.96,37.95],[55.96,37.30]]}""";
    private static final String NOWHERE = """
            {"description": "Open sea", "polygon": [[10.0,-30.0],[10.0,-29.0],[11.0,-29.0],[11.0,-30.0]]}""";

    @Test
    void threeNodesOnOneDatabaseShareTheWorkAndActAsOne() throws Exception {
        WebhookSink sink = TestEnvironment.get().webhooks;
        String path = "/cluster/" + UUID.randomUUID();
        Path root = Path.of("target", "test-data", "cluster-" + UUID.randomUUID()).toAbsolutePath();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(root.resolve("server"))
                .setCleanDataDirectory(true).start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            Map<String, String> env = Map.of("FOREWARN_ADMIN_PASSWORD", ADMIN_PASSWORD);

            // All three start at once on the empty database: one migrates it (Flyway's lock) and one
            // creates the admin; the others wait for the migration and find the admin there.
            List<ApplicationProcess> nodes = startTogether(root, env, url, "node-a", "node-b", "node-c");
            try (ApplicationProcess a = nodes.get(0); ApplicationProcess b = nodes.get(1);
                 ApplicationProcess c = nodes.get(2)) {
                createUser(a, CONSULAR, "CONSULAR");
                createUser(b, AUDITOR, "AUDITOR");

                publicFeedOnOneNodeShowsWhatAnotherPublished(a, b);
                aPasswordChangedOnOneNodeStopsWorkingOnAnother(a, b);

                enroll(a, sink.url(path));
                String alert = publish(a, MOSCOW, "Cluster fan-out");

                // Kill one node while some but not all messages are out.
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                        .until(() -> sink.receivedAt(path).size() >= PEOPLE * 3 / 10);
                Instant killedAt = Instant.now();
                c.kill9();
                assertThat(sink.receivedAt(path).size()).as("killed part-way").isLessThan(PEOPLE);

                // Meanwhile the survivors write to the audit chain at the same time.
                auditChainStaysValidUnderConcurrentWriters(List.of(a, b));

                JsonNode fanout = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .until(() -> Api.JSON.readTree(b.get("/api/v1/alerts/" + alert + "/fanout", CONSULAR,
                                PASSWORD).body()), f -> "COMPLETED".equals(f.get("status").asString()));
                assertThat(fanout.get("messages").asLong()).isEqualTo(PEOPLE);
                assertThat(fanout.get("delivered").asLong()).isEqualTo(PEOPLE);
                assertThat(fanout.get("failed").asLong()).isZero();

                everyoneWasReachedUnderTheirOwnKey(b, alert, sink.receivedAt(path));
                theReceiverGotMessagesFromSeveralNodes(sink.receivedAt(path));
                try (Connection db = server.getPostgresDatabase().getConnection()) {
                    theWorkWasSplitBetweenNodes(db, alert);
                    noJobRanTwiceInOneTick(db, killedAt);
                }
                assertThat(nodes).allSatisfy(node -> assertThat(node.output()).contains("This Forewarn node is named"));
            }
        }
    }

    /** Starts the nodes at once; if one does not come up, stops those that did. */
    private static List<ApplicationProcess> startTogether(Path root, Map<String, String> env, String url,
            String... names) {
        List<CompletableFuture<ApplicationProcess>> starting = new ArrayList<>();
        for (String name : names) {
            starting.add(CompletableFuture.supplyAsync(() -> ApplicationProcess.start(root.resolve(name), env,
                    args(url, name))));
        }
        List<ApplicationProcess> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<ApplicationProcess> node : starting) {
            try {
                started.add(node.join());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            started.forEach(ApplicationProcess::close);
            throw failure;
        }
        return started;
    }

    private static String[] args(String url, String node) {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--forewarn.node-name=" + node,
                // A secret per node (in production they share one): the signature tells the receiver who sent it.
                "--forewarn.alerting.fan-out.webhook-secret=" + secretOf(node),
                // Short leases so the survivors take over a killed node's chunks soon.
                "--forewarn.alerting.fan-out.lease=3s", "--forewarn.alerting.fan-out.poll-interval=200ms",
                "--forewarn.alerting.fan-out.resume-interval=1s",
                // Throttled, so the fan-out lasts long enough to kill a node in the middle of it.
                "--forewarn.delivery.channels.webhook.rate-per-second=350",
                // Sweeps every second, so many ticks fall within the test.
                "--forewarn.warning.sweep-interval=" + SWEEP_INTERVAL.toMillis() + "ms",
                "--forewarn.intake.poll-every=" + SWEEP_INTERVAL.toMillis() + "ms",
                // Only a notification can explain a feed that changes within seconds.
                "--forewarn.alerting.public-documents.refresh=10m"};
    }

    private static void publicFeedOnOneNodeShowsWhatAnotherPublished(ApplicationProcess a, ApplicationProcess b)
            throws Exception {
        assertThat(b.get("/alerts.atom", null, null).statusCode()).isEqualTo(200);
        String cached = b.get("/alerts.atom", null, null).body();
        String alert = publish(a, NOWHERE, "Seen on every node");
        assertThat(cached).doesNotContain(alert);

        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> b.get("/alerts.atom", null, null).body().contains(alert));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private static void aPasswordChangedOnOneNodeStopsWorkingOnAnother(ApplicationProcess a, ApplicationProcess b)
            throws Exception {
        String user = "cluster-rotating";
        createUser(a, user, "ANALYST");
        // Node B verifies the password and remembers it (forewarn.security.credential-cache-ttl, 5 min).
        assertThat(b.get("/api/v1/me", user, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(b.get("/api/v1/me", user, PASSWORD).statusCode()).isEqualTo(200);

        assertThat(a.post("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "cluster-rotated-password"}""".formatted(PASSWORD), user,
                PASSWORD).statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> b.get("/api/v1/me", user, PASSWORD).statusCode() == 401);
        assertThat(b.get("/api/v1/me", user, "cluster-rotated-password").statusCode()).isEqualTo(200);
    }

    private static void auditChainStaysValidUnderConcurrentWriters(List<ApplicationProcess> nodes) throws Exception {
        long before = verifiedEntries(nodes.get(0));
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        int perNode = 4;
        for (int n = 0; n < nodes.size(); n++) {
            ApplicationProcess node = nodes.get(n);
            int index = n;
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < perNode; i++) {
                    String name = "writer-" + index + "-" + i;
                    try {
                        HttpResponse<String> created = node.post("/api/v1/users", """
                                {"username": "%s", "password": "one-time-password", "roles": ["ANALYST"],
                                 "clearance": "CONFIDENTIAL"}""".formatted(name), "admin", ADMIN_PASSWORD);
                        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();

        for (ApplicationProcess node : nodes) {
            JsonNode verified = Api.JSON.readTree(node.get("/api/v1/audit/verify", AUDITOR, PASSWORD).body());
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.get("entries").asLong()).isGreaterThanOrEqualTo(before + (long) perNode * nodes.size());
        }
    }

    private static long verifiedEntries(ApplicationProcess node) throws Exception {
        JsonNode verified = Api.JSON.readTree(node.get("/api/v1/audit/verify", AUDITOR, PASSWORD).body());
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        return verified.get("entries").asLong();
    }

    private static void everyoneWasReachedUnderTheirOwnKey(ApplicationProcess node, String alert,
            List<WebhookSink.Received> received) throws Exception {
        Set<String> expectedKeys = new HashSet<>();
        String cursor = "";
        while (cursor != null) {
            JsonNode page = Api.JSON.readTree(node.get("/api/v1/alerts/" + alert + "/deliveries?limit=500&cursor="
                    + cursor, CONSULAR, PASSWORD).body());
            page.get("items").forEach(d -> expectedKeys.add(d.get("idempotencyKey").asString()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        }
        assertThat(expectedKeys).hasSize(PEOPLE);

        Map<String, Integer> perKey = new HashMap<>();
        for (WebhookSink.Received r : received) {
            perKey.merge(r.header("Idempotency-Key"), 1, Integer::sum);
        }
        // Everyone was reached, each under their own key; whatever was sent again repeated a key.
        assertThat(perKey.keySet()).isEqualTo(expectedKeys);
    }

    private static String secretOf(String node) {
        return "webhook-secret-of-" + node;
    }

    /** Which node signed a received message, by the secret its signature verifies with. */
    private static String sender(WebhookSink.Received message) {
        for (String node : List.of("node-a", "node-b", "node-c")) {
            if (WebhookSignature.verify(secretOf(node), message.header(WebhookSignature.TIMESTAMP_HEADER),
                    message.body(), message.header(WebhookSignature.SIGNATURE_HEADER))) {
                return node;
            }
        }
        return "unsigned";
    }

    private static void theReceiverGotMessagesFromSeveralNodes(List<WebhookSink.Received> received) {
        Map<String, Integer> byNode = new HashMap<>();
        for (WebhookSink.Received r : received) {
            byNode.merge(sender(r), 1, Integer::sum);
        }
        assertThat(byNode).as("messages received per sending node").doesNotContainKey("unsigned");
        assertThat(byNode.keySet()).as("messages received per sending node: %s", byNode).hasSizeGreaterThan(1);
    }

    private static void theWorkWasSplitBetweenNodes(Connection db, String alert) throws SQLException {
        Map<String, Integer> chunksByNode = new HashMap<>();
        try (var query = db.prepareStatement(
                "select leased_by, count(*) from fanout_chunks where alert_id = ? and status = 'DONE' group by 1")) {
            query.setObject(1, UUID.fromString(alert));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    chunksByNode.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        assertThat(chunksByNode.keySet()).as("nodes that sent chunks: %s", chunksByNode).hasSizeGreaterThan(1)
                .containsAnyOf("node-a", "node-b");
    }

    /**
     * From {@code job_runs}: no two runs of one job overlap, consecutive runs are at least half an
     * interval apart (two nodes firing at about the same time ran it once), many ticks ran, and the
     * survivors went on running them after one node was killed.
     */
    private static void noJobRanTwiceInOneTick(Connection db, Instant killedAt) throws SQLException {
        record Run(String job, String node, Instant started, Instant finished) {
        }
        List<Run> runs = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(
                "select job, node, started_at, finished_at from job_runs order by job, started_at")) {
            while (rs.next()) {
                Timestamp finished = rs.getTimestamp(4);
                runs.add(new Run(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        finished == null ? null : finished.toInstant()));
            }
        }
        for (String job : List.of("acknowledgment-sweep", "intake-poll")) {
            List<Run> ofJob = runs.stream().filter(r -> r.job().equals(job)).toList();
            assertThat(ofJob).as(job + " ran on several ticks").hasSizeGreaterThanOrEqualTo(10);
            assertThat(ofJob).as(job + " ran on after node-c was killed")
                    .anyMatch(r -> r.started().isAfter(killedAt) && !r.node().equals("node-c"));
            assertThat(ofJob.stream().map(Run::node).distinct().count()).as(job + " ran on more than one node")
                    .isGreaterThan(1);
            for (int i = 1; i < ofJob.size(); i++) {
                Run previous = ofJob.get(i - 1);
                Run next = ofJob.get(i);
                if (previous.finished() == null) {
                    // Only the killed node leaves a run unfinished; its lock went with its connection.
                    assertThat(previous.node()).as("%s run %s never finished", job, previous).isEqualTo("node-c");
                } else {
                    assertThat(next.started()).as("%s: %s overlaps %s", job, next, previous)
                            .isAfterOrEqualTo(previous.finished());
                }
                assertThat(Duration.between(previous.started(), next.started()))
                        .as("%s ran twice in one tick: %s then %s", job, previous, next)
                        .isGreaterThanOrEqualTo(SWEEP_INTERVAL.dividedBy(2));
            }
        }
    }

    private static void createUser(ApplicationProcess node, String username, String role) throws Exception {
        HttpResponse<String> created = node.post("/api/v1/users", """
                {"username": "%s", "password": "one-time-password", "roles": ["%s"], "clearance": "CONFIDENTIAL"}"""
                .formatted(username, role), "admin", ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // An account an admin created chooses its own password before anything else.
        assertThat(node.post("/api/v1/me/password", """
                {"currentPassword": "one-time-password", "newPassword": "%s"}""".formatted(PASSWORD), username,
                "one-time-password").statusCode()).isEqualTo(204);
    }

    private static void enroll(ApplicationProcess node, String webhook) throws Exception {
        StringBuilder csv = new StringBuilder("name,webhook_url,lat,lon\n");
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("Person ").append(i).append(',').append(webhook).append(',')
                    .append(55.6 + RANDOM.nextDouble(0.3)).append(',').append(37.4 + RANDOM.nextDouble(0.4))
                    .append('\n');
        }
        HttpResponse<String> imported = node.send("POST", "/api/v1/enrollments/import", "text/csv", csv.toString(),
                CONSULAR, PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    private static String publish(ApplicationProcess node, String area, String headline) throws Exception {
        HttpResponse<String> draft = node.post("/api/v1/alerts", """
                {"sender": "Test Embassy", "headline": "%s", "event": "Test", "description": "d",
                 "instruction": "i", "severity": "Severe", "urgency": "Immediate", "certainty": "Likely",
                 "area": %s}""".formatted(headline, area), CONSULAR, PASSWORD);
        assertThat(draft.statusCode()).as(draft.body()).isBetween(200, 299);
        String alert = Api.JSON.readTree(draft.body()).get("id").asString();
        HttpResponse<String> published = node.post("/api/v1/alerts/" + alert + "/publish", "", CONSULAR, PASSWORD);
        assertThat(published.statusCode()).as(published.body()).isBetween(200, 299);
        return alert;
    }
}
