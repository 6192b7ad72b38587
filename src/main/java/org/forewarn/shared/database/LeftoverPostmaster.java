package org.forewarn.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code kill -9} of Forewarn, the PostgreSQL it started keeps running and holds the data
 * directory. Stop it (a fast shutdown, so it checkpoints cleanly) before starting a new one; a
 * postmaster that died with Forewarn leaves only a stale pid file, which PostgreSQL recovers
 * from by itself.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        if (!isRunningPostgres(pid.get())) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get());
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; stopping it", pid.get(), pgData);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
        signal(pid.get(), "INT"); // "fast" shutdown: disconnect clients, checkpoint, exit
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException e) {
            // handled below: still alive after the wait
        }
        if (postmaster.isAlive()) {
            log.warn("PostgreSQL (pid {}) did not stop within 30 s; killing it, it will recover on start", pid.get());
            postmaster.destroyForcibly();
        }
    }

    /** Whether {@code pid} is a live PostgreSQL process (not a pid reused by something else). */
    static boolean isRunningPostgres(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && isPostgres(pid);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            return cmdline.contains("postgres");
        } catch (IOException e) {
            // Without /proc we cannot tell; be safe and assume the pid was reused by something else.
            return false;
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
        } catch (IOException e) {
            log.debug("kill -{} {} failed: {}", signal, pid, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
