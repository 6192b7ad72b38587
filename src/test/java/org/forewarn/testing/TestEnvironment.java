package org.forewarn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What the integration tests run against, once per test JVM: a real SMTP server (GreenMail), a
 * real HTTP webhook receiver, and a fresh data directory for the embedded PostgreSQL.
 */
public final class TestEnvironment {

    private static final Path ROOT = Path.of("target", "test-data");
    private static TestEnvironment instance;

    public final GreenMail smtp;
    public final WebhookSink webhooks;
    public final Path dataDir;

    private TestEnvironment() {
        removeEarlierRuns();
        dataDir = ROOT.resolve("run-" + UUID.randomUUID()).toAbsolutePath();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        webhooks = WebhookSink.start();
    }

    public static synchronized TestEnvironment get() {
        if (instance == null) {
            instance = new TestEnvironment();
        }
        return instance;
    }

    /** Another data directory, for a test class that needs a database of its own (and so its own context). */
    public Path freshDataDir(String purpose) {
        return ROOT.resolve(purpose + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeEarlierRuns() {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        try (Stream<Path> runs = Files.list(ROOT)) {
            runs.forEach(TestEnvironment::deleteQuietly);
        } catch (IOException e) {
            // leftovers only cost disk space
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a running PostgreSQL of another JVM may hold it; leave it
        }
    }
}
