package org.forewarn.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fan-out benchmark (bench/fanout/run.sh). Generates N enrolled people, half inside a Moscow
 * polygon; bulk-loads them; publishes one alert; delivers every message by webhook to a sink
 * process on 127.0.0.1 that counts requests and duplicates; and reports the time from publish to
 * the last DELIVERED status. In the same run it measures two baselines: PostgreSQL COPY of the same
 * number of delivery rows, and the sink's raw throughput from a plain load client.
 */
public final class FanoutBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final String CONSULAR = "bench-consular";
    private static final String CONSULAR_PASSWORD = "bench-consular-password";

    public static void main(String[] args) throws Exception {
        long people = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        // "pipelined" (default): the sink is configured as a receiver that takes HTTP/1.1 pipelining,
        // as a bulk provider endpoint would be; "plain": one request per round trip, like the baseline.
        String mode = System.getenv().getOrDefault("FOREWARN_BENCH_MODE", "pipelined");
        // FOREWARN_BENCH_NODES=2: a second Forewarn process on the first one's PostgreSQL shares the fan-out.
        int nodes = Integer.parseInt(System.getenv().getOrDefault("FOREWARN_BENCH_NODES", "1"));
        Path root = Path.of(args.length > 1 ? args[1] : "target/bench-fanout").toAbsolutePath();
        Path results = Path.of(args.length > 2 ? args[2] : "bench/RESULTS.md").toAbsolutePath();
        deleteRecursively(root);
        Files.createDirectories(root);
        int sinkPort = freePort();
        int appPort = freePort();
        int dbPort = freePort();

        System.out.printf("Fan-out benchmark: %,d people (half inside the Moscow polygon)%n", people);
        Path csv = root.resolve("people.csv");
        long inside = generate(csv, people, "http://127.0.0.1:" + sinkPort + "/person");
        System.out.printf("  generated %s (%,d inside)%n", csv, inside);

        Process sink = java(root.resolve("sink.log"), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.forewarn.bench.Sink", Integer.toString(sinkPort));
        Process app = null;
        List<Process> others = new ArrayList<>();
        try {
            awaitPort(sinkPort, Duration.ofSeconds(30));

            // Baseline 1: the sink's raw throughput from a plain load client, same client and threads.
            String body = "{\"type\":\"forewarn.public-alert/v1\",\"headline\":\"" + "x".repeat(420) + "\"}";
            LoadClient.run("http://127.0.0.1:" + sinkPort + "/warmup", Math.min(inside, 50_000), 16, body);
            LoadClient.Result raw = LoadClient.run("http://127.0.0.1:" + sinkPort + "/person", inside, 16, body);
            System.out.printf("  baseline: plain load client -> sink: %,d requests in %,d ms (%,.0f/s)%n",
                    raw.requests(), raw.millis(), raw.perSecond());
            get("http://127.0.0.1:" + sinkPort + "/reset", null);

            List<String> appArgs = new ArrayList<>();
            String extraJvmArgs = System.getenv("FOREWARN_BENCH_JVM_ARGS"); // e.g. a flight recording, to profile
            if (extraJvmArgs != null && !extraJvmArgs.isBlank()) {
                appArgs.addAll(List.of(extraJvmArgs.trim().split("\\s+")));
            }
            appArgs.addAll(List.of("-jar", Path.of("target/forewarn.jar").toAbsolutePath().toString(),
                    "--server.port=" + appPort, "--forewarn.data-dir=" + root.resolve("data"),
                    "--forewarn.database.port=" + dbPort));
            if (mode.equals("pipelined")) {
                appArgs.add("--forewarn.delivery.pipelined-origins=http://127.0.0.1:" + sinkPort);
            }
            System.out.println("  mode: " + mode);
            app = java(root.resolve("forewarn.log"), appArgs.toArray(String[]::new));
            String base = "http://127.0.0.1:" + appPort;
            awaitHealthy(base, Duration.ofSeconds(120));
            for (int n = 2; n <= nodes; n++) {
                int port = freePort();
                List<String> nodeArgs = new ArrayList<>(appArgs.subList(0, appArgs.indexOf("--server.port=" + appPort)));
                nodeArgs.addAll(List.of("--server.port=" + port, "--forewarn.data-dir=" + root.resolve("data-" + n),
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                        "--spring.datasource.username=postgres", "--forewarn.node-name=node-" + n));
                if (mode.equals("pipelined")) {
                    nodeArgs.add("--forewarn.delivery.pipelined-origins=http://127.0.0.1:" + sinkPort);
                }
                others.add(java(root.resolve("forewarn-" + n + ".log"), nodeArgs.toArray(String[]::new)));
                awaitHealthy("http://127.0.0.1:" + port, Duration.ofSeconds(180));
            }
            System.out.println("  nodes: " + nodes);
            post(base + "/api/v1/users", "admin:" + ADMIN_PASSWORD, "application/json", """
                    {"username": "%s", "password": "one-time-password", "roles": ["CONSULAR"], "clearance": "CONFIDENTIAL"}"""
                    .formatted(CONSULAR));
            // An account an admin created chooses its own password before anything else.
            post(base + "/api/v1/me/password", CONSULAR + ":one-time-password", "application/json", """
                    {"currentPassword": "one-time-password", "newPassword": "%s"}""".formatted(CONSULAR_PASSWORD));
            String consular = CONSULAR + ":" + CONSULAR_PASSWORD;

            long importStart = System.nanoTime();
            JsonNode imported = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/enrollments/import"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)), consular));
            long importMillis = (System.nanoTime() - importStart) / 1_000_000;
            System.out.printf("  imported %,d people in %,d ms (%,.0f rows/s)%n", imported.get("people").asLong(),
                    importMillis, imported.get("people").asLong() * 1000.0 / importMillis);

            JsonNode draft = JSON.readTree(post(base + "/api/v1/alerts", consular, "application/json", """
                    {"sender": "U.S. Embassy Moscow", "headline": "Security Alert: imminent plans to attack large gatherings in Moscow",
                     "event": "Threat of terrorist attack", "description": "The Embassy is monitoring reports that extremists have imminent plans to attack large gatherings in Moscow, to include concerts.",
                     "instruction": "Avoid large gatherings over the next 48 hours. Monitor local media for updates.",
                     "severity": "Severe", "urgency": "Immediate", "certainty": "Likely",
                     "area": {"description": "Moscow", "polygon": [[55.49,37.30],[55.49,37.95],[55.96,37.95],[55.96,37.30]]}}"""));
            String alert = draft.get("id").asString();
            String walBefore = sql(dbPort, "select pg_current_wal_lsn()::text");
            long wallStart = System.nanoTime();
            JsonNode publishedAlert = JSON.readTree(post(base + "/api/v1/alerts/" + alert + "/publish", consular,
                    "application/json", ""));
            Instant sent = Instant.parse(publishedAlert.get("sent").asString());
            JsonNode fanout;
            long lastPrint = 0;
            while (true) {
                fanout = JSON.readTree(get(base + "/api/v1/alerts/" + alert + "/fanout", consular));
                if ("COMPLETED".equals(fanout.get("status").asString())) {
                    break;
                }
                if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf("    %s: %,d of %,d delivered%n", fanout.get("status").asString(),
                            fanout.get("delivered").asLong(), fanout.get("messages").asLong());
                }
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
            }
            long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
            Instant lastDelivered = Instant.parse(fanout.get("lastDeliveredAt").asString());
            long endToEnd = Duration.between(sent, lastDelivered).toMillis();
            Instant matchedAt = Instant.parse(fanout.get("matchedAt").asString());
            long matching = Duration.between(Instant.parse(fanout.get("startedAt").asString()), matchedAt).toMillis();
            JsonNode sinkStats = JSON.readTree(get("http://127.0.0.1:" + sinkPort + "/stats", null));
            // What the database holds and wrote: per person in the registry, per delivery, WAL per delivery.
            String wal = sql(dbPort, "select pg_wal_lsn_diff(pg_current_wal_lsn(), '" + walBefore + "')::bigint");
            System.out.printf("  database: WAL written from publish to completion %,d bytes (%,.0f per message)%n",
                    Long.parseLong(wal), Long.parseLong(wal) / (double) fanout.get("messages").asLong());
            for (String table : List.of("enrollees", "enrollee_locations", "alert_deliveries", "fanout_chunks")) {
                System.out.printf("  database: %s %s rows, %s bytes with indexes (%s heap)%n", table,
                        sql(dbPort, "select count(*) from " + table),
                        sql(dbPort, "select pg_total_relation_size('" + table + "')"),
                        sql(dbPort, "select pg_relation_size('" + table + "')"));
            }
            System.out.println("  chunks by node: " + sql(dbPort,
                    "select string_agg(coalesce(leased_by, '?') || '=' || n, ', ') from (select leased_by, count(*) n "
                    + "from fanout_chunks group by 1 order by 1) c"));
            long messages = fanout.get("messages").asLong();
            System.out.printf("  fan-out: %,d people matched, %,d delivered, %,d failed; matching %,d ms; publish -> last "
                    + "DELIVERED %,d ms (%,.0f/s); client saw %,d ms%n", fanout.get("people").asLong(),
                    fanout.get("delivered").asLong(), fanout.get("failed").asLong(), matching, endToEnd,
                    messages * 1000.0 / endToEnd, wallMillis);
            System.out.printf("  sink: %,d requests, %,d distinct Idempotency-Keys, %,d duplicates%n",
                    sinkStats.get("requests").asLong(), sinkStats.get("distinctKeys").asLong(),
                    sinkStats.get("duplicates").asLong());

            // Baseline 2: COPY of as many delivery rows into a table shaped like alert_deliveries.
            long copyMillis = copyBaseline(dbPort, messages);
            System.out.printf("  baseline: PostgreSQL COPY of %,d delivery rows: %,d ms (%,.0f rows/s)%n", messages,
                    copyMillis, messages * 1000.0 / copyMillis);

            double vsCopy = (double) endToEnd / copyMillis;
            double vsSink = (double) endToEnd / raw.millis();
            System.out.printf("  ratios: fan-out / COPY = %.1fx, fan-out / raw sink = %.2fx%n", vsCopy, vsSink);
            record(results, mode + (nodes > 1 ? ", " + nodes + " nodes on one PostgreSQL" : ""), people, imported.get("people").asLong(), importMillis, fanout, matching, endToEnd,
                    wallMillis, sinkStats, raw, copyMillis, vsCopy, vsSink);
        } finally {
            for (Process other : others) {
                other.destroy();
                other.waitFor();
            }
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            sink.destroyForcibly();
        }
    }

    private static long generate(Path csv, long people, String webhook) throws IOException {
        Random random = new Random(2024);
        long inside = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("name,language,webhook_url,lat,lon\n");
            for (long i = 0; i < people; i++) {
                boolean in = i % 2 == 0;
                double lat = in ? 55.55 + random.nextDouble() * 0.35 : 59.85 + random.nextDouble() * 0.15;
                double lon = in ? 37.35 + random.nextDouble() * 0.55 : 30.20 + random.nextDouble() * 0.30;
                inside += in ? 1 : 0;
                out.write("Person " + i + "," + (i % 3 == 0 ? "ru" : "en") + "," + webhook + ","
                        + String.format("%.5f,%.5f", lat, lon) + "\n");
            }
        }
        return inside;
    }

    private static String sql(int dbPort, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres",
                ""); var rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long copyBaseline(int dbPort, long rows) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres",
                "")) {
            c.createStatement().execute("drop table if exists bench_copy");
            c.createStatement().execute("create table bench_copy (like alert_deliveries including all)");
            UUID alert = UUID.randomUUID();
            StringBuilder batch = new StringBuilder();
            long started = System.nanoTime();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String now = Instant.now().toString();
            for (long i = 0; i < rows; i++) {
                batch.append(i + 1).append('\t').append(alert).append('\t').append(UUID.randomUUID())
                        .append("\tWEBHOOK\thttp://127.0.0.1:1/person\ten\tQUEUED\t0\t").append(now)
                        .append("\t\\N\t\\N\t\\N\n");
                if (batch.length() > 8_000_000) {
                    copy.copyIn("copy bench_copy from stdin", new StringReader(batch.toString()));
                    batch.setLength(0);
                }
            }
            copy.copyIn("copy bench_copy from stdin", new StringReader(batch.toString()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            c.createStatement().execute("drop table bench_copy");
            return millis;
        }
    }

    private static void record(Path results, String mode, long people, long imported, long importMillis, JsonNode fanout,
            long matching, long endToEnd, long wallMillis, JsonNode sink, LoadClient.Result raw, long copyMillis,
            double vsCopy, double vsSink) throws Exception {
        long messages = fanout.get("messages").asLong();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + (Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", "")) / 1024 / 1024)
                + " GiB, Java " + System.getProperty("java.version");
        String section = """

                ## %s — fan-out, %,d people, %,d matched, %s webhooks (%s)

                | measure | figure |
                | --- | --- |
                | CSV import (HTTP + COPY) | %,d people in %,d ms (%,.0f/s) |
                | matching (index prefilter + JTS) | %,d ms |
                | **publish -> last DELIVERED** | **%,d ms for %,d messages (%,.0f/s)** |
                | failed / duplicates at the sink | %,d / %,d (distinct keys %,d of %,d requests) |
                | baseline: plain load client -> sink | %,d requests in %,d ms (%,.0f/s) |
                | baseline: PostgreSQL COPY of %,d delivery rows | %,d ms (%,.0f rows/s) |
                | ratio fan-out / COPY | %.1fx |
                | ratio fan-out / raw sink | %.2fx |
                """.formatted(LocalDate.now(), people, fanout.get("people").asLong(), mode, machine, imported, importMillis,
                imported * 1000.0 / importMillis, matching, endToEnd, messages, messages * 1000.0 / endToEnd,
                fanout.get("failed").asLong(), sink.get("duplicates").asLong(), sink.get("distinctKeys").asLong(),
                sink.get("requests").asLong(), raw.requests(), raw.millis(), raw.perSecond(), messages, copyMillis,
                messages * 1000.0 / copyMillis, vsCopy, vsSink);
        Files.createDirectories(results.getParent());
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n");
        }
        Files.writeString(results, section, java.nio.file.StandardOpenOption.APPEND);
        System.out.println("  recorded in " + results + " (client wall time " + wallMillis + " ms)");
    }

    // --- plumbing ---

    private static Process java(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FOREWARN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return builder.start();
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000_000);
            }
        }
        throw new IllegalStateException("nothing listening on " + port);
    }

    private static void awaitHealthy(String base, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            java.util.concurrent.locks.LockSupport.parkNanos(500_000_000);
        }
        throw new IllegalStateException("Forewarn did not become healthy");
    }

    private static String get(String url, String credentials) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), credentials);
    }

    private static String post(String url, String credentials, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)), credentials);
    }

    private static String send(HttpRequest.Builder request, String credentials) throws Exception {
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        return response.body();
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
