package org.forewarn.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list benchmark (bench/lists/run): how the threat list's latency grows from 1,000 to 100,000
 * cases. For each size it starts {@code target/forewarn.jar --demo --demo-scale=N} on 127.0.0.1
 * (one data directory, grown from one size to the next: the demo adds only the missing cases),
 * waits until it is healthy, and times sequential requests on one connection: a warm-up, then the
 * measured ones, for each operation. Prints p50 and p95 per size and operation, the p95 ratio of
 * the largest size to the smallest, and, at the largest size, PostgreSQL's plans for the list
 * queries; appends the run to bench/RESULTS.md.
 *
 * <pre>
 * ListsBenchmark SIZES JAR WORKDIR RESULTS   e.g. 1000,10000,100000 target/forewarn.jar /tmp/x bench/RESULTS.md
 * </pre>
 */
public final class ListsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "forewarn-demo"; // DemoUsers.PASSWORD
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString(("analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final int WARMUP = Integer.getInteger("lists.warmup", 100);
    private static final int MEASURED = Integer.getInteger("lists.requests", 200);
    /** About one synthetic case in a hundred is in Mombasa (one city of a hundred). */
    private static final String SEARCH = "Mombasa";
    /** Filters another change adds to the same endpoint; measured when the server lists them. */
    private static final List<String> OPTIONAL = List.of("awaitingApproval=true", "classification=SECRET",
            "deadlineWithin=PT24H");

    /** @param cpu server CPU (Forewarn's JVM and its PostgreSQL) per request, ms: steadier than latency on a shared machine */
    record Timing(double p50, double p95, int requests, long bytes, double cpu) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip().replace("_", ""))).sorted().toArray();
        Path jar = Path.of(args.length > 1 ? args[1] : "target/forewarn.jar").toAbsolutePath();
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench-lists").toAbsolutePath();
        Path results = Path.of(args.length > 3 ? args[3] : "bench/RESULTS.md").toAbsolutePath();
        Files.createDirectories(work);
        Path data = work.resolve("data");
        runningData = data;
        int appPort = freePort();
        int dbPort = freePort();
        String base = "http://127.0.0.1:" + appPort;

        Map<String, Map<Integer, Timing>> table = new LinkedHashMap<>();
        Map<Integer, String> loads = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String explain = null;
        for (int size : sizes) {
            Path log = work.resolve("forewarn-" + size + ".log");
            List<String> command = new ArrayList<>(List.of("java"));
            String extra = System.getenv("FOREWARN_BENCH_JVM_ARGS"); // e.g. a flight recording, to profile
            if (extra != null && !extra.isBlank()) {
                command.addAll(List.of(extra.strip().split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString(), "--demo", "--demo-scale=" + size,
                    "--server.address=127.0.0.1", "--server.port=" + appPort, "--forewarn.data-dir=" + data,
                    "--forewarn.database.port=" + dbPort));
            System.out.printf("%n== %,d cases: starting Forewarn (log %s)%n", size, log);
            long started = System.nanoTime();
            Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            running = app;
            try {
                // The demo loads before the server reports healthy; allow the slowest rate seen (~20 cases/s).
                Duration patience = Duration.ofMinutes(5).plusMillis(size * 60L);
                awaitHealthy(app, base, patience, log);
                loads.put(size, loaded(log, (System.nanoTime() - started) / 1_000_000_000L));
                System.out.println("   " + loads.get(size));
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                Set<String> parameters = listParameters(client, base);
                Deep deep = deepCursor(client, base, size);
                Map<String, String> operations = new LinkedHashMap<>();
                operations.put("first page", "/api/v1/threats");
                operations.put("deep page (row ~N/2)", "/api/v1/threats?cursor=" + enc(deep.cursor()));
                operations.put("search q=" + SEARCH, "/api/v1/threats?q=" + SEARCH);
                operations.put("status=OPEN&harm=KIDNAPPING", "/api/v1/threats?status=OPEN&harm=KIDNAPPING");
                for (String filter : OPTIONAL) {
                    if (parameters.contains(filter.substring(0, filter.indexOf('=')))) {
                        operations.put(filter, "/api/v1/threats?" + filter);
                    } else if (size == sizes[0]) {
                        notes.add("`" + filter + "` not measured: the server does not list that parameter for "
                                + "GET /api/v1/threats");
                    }
                }
                for (var op : operations.entrySet()) {
                    Timing t = time(client, base + op.getValue(), true, app.pid(), data);
                    table.computeIfAbsent(op.getKey(), k -> new LinkedHashMap<>()).put(size, t);
                    System.out.printf("   %-32s p50 %7.1f ms  p95 %7.1f ms  CPU %5.1f ms  (%,d B)%n", op.getKey(),
                            t.p50(), t.p95(), t.cpu(), t.bytes());
                }
                signIn(client, base);
                Timing console = time(client, base + "/console/threats", false, app.pid(), data);
                table.computeIfAbsent("console /console/threats", k -> new LinkedHashMap<>()).put(size, console);
                System.out.printf("   %-32s p50 %7.1f ms  p95 %7.1f ms  CPU %5.1f ms  (%,d B)%n",
                        "console /console/threats", console.p50(), console.p95(), console.cpu(), console.bytes());
                if (size == sizes[sizes.length - 1]) {
                    explain = explain(dbPort, deep);
                }
            } finally {
                stop(app, data);
                running = null;
            }
        }
        String report = report(sizes, table, loads, notes, explain);
        System.out.println();
        System.out.println(report);
        append(results, report);
        System.out.println("added to " + results);
    }

    /** The cursor about halfway down the list, and the position it stands for (for EXPLAIN). */
    record Deep(String cursor, Instant at, String id, int row) {
    }

    private static Deep deepCursor(HttpClient client, String base, int size) throws Exception {
        String cursor = null;
        int row = 0;
        JsonNode last = null;
        while (row < size / 2) {
            JsonNode page = JSON.readTree(get(client, base + "/api/v1/threats?limit=500"
                    + (cursor == null ? "" : "&cursor=" + enc(cursor)), true).body());
            JsonNode items = page.get("items");
            row += items.size();
            last = items.get(items.size() - 1);
            if (page.get("next").isNull()) {
                break;
            }
            cursor = page.get("next").asString();
        }
        return new Deep(cursor, Instant.parse(last.get("receivedAt").asString()), last.get("id").asString(), row);
    }

    private static Timing time(HttpClient client, String url, boolean basic, long appPid, Path data) throws Exception {
        long bytes = 0;
        for (int i = 0; i < WARMUP; i++) {
            bytes = get(client, url, basic).body().length();
        }
        long cpuBefore = serverCpuTicks(appPid, data);
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            get(client, url, basic);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpu = (serverCpuTicks(appPid, data) - cpuBefore) * 1000.0 / TICKS_PER_SECOND / MEASURED;
        Arrays.sort(millis);
        return new Timing(percentile(millis, 50), percentile(millis, 95), MEASURED, bytes, cpu);
    }

    /** USER_HZ on Linux. */
    private static final int TICKS_PER_SECOND = 100;

    /** CPU used so far (user + system, clock ticks) by Forewarn's JVM and every process of its PostgreSQL. */
    private static long serverCpuTicks(long appPid, Path data) {
        long postmaster = -1;
        try {
            postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            // no PostgreSQL figures then
        }
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // After the command name in parentheses: state ppid ... utime (14th field) stime (15th)
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(name);
                    long ppid = Long.parseLong(f[1]);
                    if (pid == appPid || pid == postmaster || ppid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static HttpResponse<String> get(HttpClient client, String url, boolean basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (basic) {
            request.header("Authorization", BASIC);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    /** Signs in through the console's form, as a browser does; the client keeps the session cookie. */
    private static void signIn(HttpClient client, String base) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No _csrf field on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String form = "username=analyst&password=" + enc(PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + location);
        }
    }

    /** The query parameters the server documents for GET /api/v1/threats (OpenAPI). */
    private static Set<String> listParameters(HttpClient client, String base) throws Exception {
        Set<String> names = new TreeSet<>();
        JsonNode doc = JSON.readTree(get(client, base + "/v3/api-docs", true).body());
        JsonNode parameters = doc.path("paths").path("/api/v1/threats").path("get").path("parameters");
        parameters.forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    /** PostgreSQL's plans for the list's queries, as Threats builds them on this branch, at the largest size. */
    private static String explain(int dbPort, Deep deep) {
        String filter = """
                (cast(%s as text) is null or search @@ websearch_to_tsquery('simple', %s))
                  and (cast(%s as text) is null or status = %s)
                  and (cast(%s as text) is null or %s = any(harm_types))""";
        Map<String, String> queries = new LinkedHashMap<>();
        String none = filter.formatted("null", "null", "null", "null", "null", "null");
        queries.put("first page", "select id from threats where true and " + none
                + " order by received_at desc, id desc limit 51");
        queries.put("deep page", "select id from threats where (received_at, id) < ('" + deep.at() + "'::timestamptz, '"
                + deep.id() + "'::uuid) and " + none + " order by received_at desc, id desc limit 51");
        String search = filter.formatted("'" + SEARCH + "'", "'" + SEARCH + "'", "null", "null", "null", "null");
        queries.put("search", "select id from threats where true and " + search
                + " order by received_at desc, id desc limit 51");
        String filtered = filter.formatted("null", "null", "'OPEN'", "'OPEN'", "'KIDNAPPING'", "'KIDNAPPING'");
        queries.put("status=OPEN&harm=KIDNAPPING", "select id from threats where true and " + filtered
                + " order by received_at desc, id desc limit 51");
        queries.put("count (console: \"1-50 of N\")", "select count(*) from threats where " + none);
        queries.put("count of the search", "select count(*) from threats where " + search);
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                "postgres", null); Statement s = c.createStatement()) {
            for (var q : queries.entrySet()) {
                out.append("-- ").append(q.getKey()).append('\n');
                try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + q.getValue())) {
                    while (rs.next()) {
                        out.append("    ").append(rs.getString(1)).append('\n');
                    }
                }
            }
        } catch (Exception e) {
            return "(could not connect to the embedded PostgreSQL on 127.0.0.1:" + dbPort + ": " + e.getMessage() + ")";
        }
        return out.toString();
    }

    private static String report(int[] sizes, Map<String, Map<Integer, Timing>> table, Map<Integer, String> loads,
            List<String> notes, String explain) {
        int smallest = sizes[0];
        int largest = sizes[sizes.length - 1];
        StringBuilder header = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (int size : sizes) {
            header.append(" p50 / p95 (CPU) at ").append(label(size)).append(", ms |");
            rule.append(" --- |");
        }
        header.append(" p95 ").append(label(largest)).append(" / ").append(label(smallest)).append(" (goal <= 1.5) |");
        rule.append(" --- |");
        StringBuilder out = new StringBuilder(header).append('\n').append(rule).append('\n');
        for (var row : table.entrySet()) {
            out.append("| ").append(row.getKey()).append(" |");
            for (int size : sizes) {
                Timing t = row.getValue().get(size);
                out.append(t == null ? " - |" : " %.1f / %.1f (%.1f) |".formatted(t.p50(), t.p95(), t.cpu()));
            }
            Timing small = row.getValue().get(smallest);
            Timing large = row.getValue().get(largest);
            if (small != null && large != null && smallest != largest) {
                double ratio = large.p95() / small.p95();
                out.append(" **%.2f** %s; CPU %.2f |".formatted(ratio, ratio <= 1.5 ? "(met)" : "(missed)",
                        large.cpu() / small.cpu()));
            } else {
                out.append(" - |");
            }
            out.append('\n');
        }
        Timing first = table.get("first page").get(largest);
        out.append("\nFirst page p95 at ").append(label(largest)).append(": **%.1f ms** (goal < 50 ms: %s)\n"
                .formatted(first.p95(), first.p95() < 50 ? "met" : "missed"));
        out.append("\nLoading (`--demo --demo-scale=N`, grown from the previous size):\n\n");
        loads.forEach((size, line) -> out.append("- ").append(label(size)).append(": ").append(line).append('\n'));
        for (String note : notes) {
            out.append("\n").append(note).append('\n');
        }
        out.append("\n%d warm-up then %d timed requests per figure, sequential, one HTTP/1.1 connection, 127.0.0.1; "
                .formatted(WARMUP, MEASURED)).append("CPU: Forewarn's JVM and its PostgreSQL per request, ms; ").append("%d cores; load average %s; %s\n".formatted(
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version")));
        if (explain != null) {
            out.append("\n`EXPLAIN (ANALYZE, BUFFERS)` at ").append(label(largest))
                    .append(" (the list queries as `Threats` builds them on this branch):\n\n").append(explain);
        }
        return out.toString();
    }

    private static String loaded(Path log, long seconds) throws IOException {
        String added = null;
        try (Stream<String> lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.contains("synthetic cases (there were")) {
                    added = line.substring(line.indexOf("Added "));
                }
            }
        }
        return (added != null ? added : "nothing to add") + "; healthy " + seconds + " s after start";
    }

    private static void append(Path results, String report) throws IOException {
        String section = "## Lists at scale (`bench/lists/run`)";
        String text = Files.exists(results) ? Files.readString(results) : "# Benchmark results\n";
        String run = "\n#### " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "\n\n"
                + report;
        int start = text.indexOf(section);
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section + "\n" + run;
        } else {
            int next = text.indexOf("\n## ", start + section.length());
            int end = next >= 0 ? next : text.length();
            text = text.substring(0, end).stripTrailing() + "\n" + run + text.substring(end);
        }
        Files.writeString(results, text.endsWith("\n") ? text : text + "\n");
    }

    private static void awaitHealthy(Process app, String base, Duration patience, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        long lastNote = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Forewarn stopped; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - lastNote > 60_000_000_000L) {
                lastNote = System.nanoTime();
                lastLine(log, "Synthetic cases:");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
        }
        throw new IllegalStateException("Forewarn was not healthy within " + patience + "; see " + log);
    }

    private static void lastLine(Path log, String containing) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(l -> l.contains(containing)).reduce((a, b) -> b)
                    .ifPresent(l -> System.out.println("   " + l.substring(l.indexOf(containing))));
        }
    }

    /** Stops Forewarn (which stops its PostgreSQL); if it must be killed, its PostgreSQL is stopped too. */
    private static void stop(Process app, Path data) {
        try {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
                Path pid = data.resolve("postgres/postmaster.pid");
                if (Files.exists(pid)) {
                    long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
                    ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
                }
            }
        } catch (InterruptedException | IOException e) {
            app.destroyForcibly();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String label(int size) {
        return size % 1000 == 0 ? (size / 1000) + "k" : Integer.toString(size);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private ListsBenchmark() {
    }

    /** The Forewarn being measured, stopped should the benchmark itself be stopped (Ctrl-C, kill). */
    private static volatile Process running;
    private static volatile Path runningData;

    static {
        // Only ever 127.0.0.1: no proxy, whatever the environment says.
        System.setProperty("java.net.useSystemProxies", "false");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process app = running;
            if (app != null && app.isAlive()) {
                stop(app, runningData);
            }
        }));
    }
}
