package org.forewarn.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL on a data directory ({@code <data-dir>/postgres}): started the one way
 * the server and the {@code backup}/{@code restore} commands both start it, and found when it
 * already runs, so that a backup can read a running instance's database instead of starting a
 * second server on the same files.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * Starts PostgreSQL on {@code pgData} (creating the cluster if the directory is empty), after
     * stopping a server an earlier, killed run left behind on it.
     *
     * @param port the port to listen on; 0 for a free one
     */
    public static EmbeddedPostgres start(Path pgData, int port) throws IOException {
        Files.createDirectories(pgData);
        RootCheck.requireUsablePostgresUser();
        LeftoverPostmaster.stopIfRunning(pgData);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(port > 0 ? port : freePort())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                // TCP only: no socket lock file in /tmp, where one left by a killed server on the
                // same port number would stop this one from starting.
                .setServerConfig("unix_socket_directories", "''")
                .start();
    }

    /** Whether {@code pgData} holds a database cluster (running or not). */
    public static boolean exists(Path pgData) {
        return Files.isRegularFile(pgData.resolve("PG_VERSION"));
    }

    /**
     * The JDBC URL of the PostgreSQL server that runs on {@code pgData} now (the one a running
     * Forewarn started), read from its {@code postmaster.pid}; empty if none runs.
     */
    public static Optional<String> runningJdbcUrl(Path pgData) {
        try {
            Path pidFile = pgData.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            // postmaster.pid: pid, data directory, start time, port, socket directory, listen address, ...
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            if (!LeftoverPostmaster.isRunningPostgres(pid)) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(3).trim());
            return Optional.of("jdbc:postgresql://localhost:" + port + "/postgres");
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for PostgreSQL", e);
        }
    }
}
