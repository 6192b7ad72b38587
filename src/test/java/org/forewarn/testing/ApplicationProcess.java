package org.forewarn.testing;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Forewarn running in a separate JVM, as it runs in production, so that tests can kill it with
 * SIGKILL and start it again on the same data directory.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path log;
    public final int port;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Forewarn and returns once it is ready: its port is open and its start, demo included, is over. */
    public static ApplicationProcess start(Path dataDir, Map<String, String> environment, String... args) {
        ApplicationProcess app = launch(dataDir, environment, args);
        try {
            app.awaitReady();
        } catch (RuntimeException e) {
            app.process.destroyForcibly();
            throw new IllegalStateException("Forewarn did not become ready:\n" + app.output(), e);
        }
        return app;
    }

    /** Starts Forewarn and returns at once, to watch the start itself. */
    public static ApplicationProcess launch(Path dataDir, Map<String, String> environment, String... args) {
        int port = TestEnvironment.freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp", applicationClasspath(),
                "org.forewarn.ForewarnApplication", "--server.port=" + port, "--forewarn.data-dir=" + dataDir));
        command.addAll(Arrays.asList(args));
        try {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir.getParent(), "forewarn-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().remove("FOREWARN_ADMIN_PASSWORD");
            builder.environment().putAll(environment);
            return new ApplicationProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a command of the jar ({@code backup}, {@code restore}) ended: its exit code and everything it printed. */
    public record CommandResult(int exitCode, String output) {
    }

    /**
     * Runs {@code forewarn <command> <args> --forewarn.data-dir=<dataDir>} in its own JVM, as an
     * operator would, and waits for it to exit.
     */
    public static CommandResult runCommand(Path dataDir, String command, String... args) {
        List<String> line = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp", applicationClasspath(),
                "org.forewarn.ForewarnApplication", command));
        line.addAll(Arrays.asList(args));
        line.add("--forewarn.data-dir=" + dataDir);
        try {
            Files.createDirectories(dataDir.getParent());
            Path log = Files.createTempFile(dataDir.getParent(), "forewarn-" + command + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("FOREWARN_ADMIN_PASSWORD");
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 5 minutes:\n" + Files.readString(log));
            }
            return new CommandResult(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for the readiness probe: the port opens before the start is over (the demo is loaded after
     * it), and only readiness says that the API can be used, by the demo's users too.
     */
    public void awaitReady() {
        // Generous: on a shared 2-core machine under load a start can take minutes; a healthy one takes seconds.
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Forewarn exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                return get("/actuator/health/readiness", null, null).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    public HttpResponse<String> get(String path, String user, String password) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
    }

    /** A GET asking for {@code accept} (e.g. TAXII's media type). */
    public HttpResponse<String> get(String path, String accept, String user, String password) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), user, password);
    }

    /** A GET with an OAuth 2 bearer token (single sign-on). */
    public HttpResponse<String> getWithToken(String path, String bearerToken) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearerToken).GET(), null,
                null);
    }

    public HttpResponse<String> post(String path, String json, String user, String password) throws IOException {
        return send("POST", path, "application/json", json, user, password);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String user,
            String password) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)), user, password);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws IOException {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hooks, no clean database shutdown. */
    public void kill9() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** SIGTERM: the normal way to stop it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The main classes and every dependency, without the test classes. */
    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
