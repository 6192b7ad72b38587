package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.testing.ApplicationProcess;
import org.junit.jupiter.api.Test;

/**
 * Runs Forewarn as its own process on a fresh data directory, kills it with SIGKILL (leaving its
 * PostgreSQL running, then both dead), and checks that each restart recovers by itself with
 * everything committed still there.
 */
class KillAndRestartTests {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password: (\\S+)");

    @Test
    void firstStartCreatesAnAdminAndRestartsAfterKill9KeepEverything() throws Exception {
        Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath();
        String newPassword = "a-long-new-admin-password";

        ApplicationProcess first = ApplicationProcess.start(dataDir, Map.of());
        Matcher matcher = ONE_TIME_PASSWORD.matcher(first.output());
        assertThat(matcher.find()).as(first.output()).isTrue();
        String oneTime = matcher.group(1);
        assertThat(first.output()).doesNotContain("analyst");

        var blocked = first.get("/api/v1/users", "admin", oneTime);
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("password-change-required");
        assertThat(first.post("/api/v1/me/password", "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\""
                + newPassword + "\"}", "admin", oneTime).statusCode()).isEqualTo(204);
        assertThat(first.post("/api/v1/users", """
                {"username": "ada", "password": "one-time-for-ada", "roles": ["AUDITOR"],
                 "clearance": "CONFIDENTIAL"}""", "admin", newPassword).statusCode()).isEqualTo(201);
        // The admin chose that password; Ada replaces it with her own at first sign-in.
        assertThat(first.post("/api/v1/me/password", """
                {"currentPassword": "one-time-for-ada", "newPassword": "ada-auditor-password"}""", "ada",
                "one-time-for-ada").statusCode()).isEqualTo(204);
        long postmaster = postmasterPid(dataDir).orElseThrow();

        first.kill9();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("PostgreSQL outlives a kill -9")
                .contains(true);

        ApplicationProcess second = ApplicationProcess.start(dataDir, Map.of());
        assertThat(second.output()).doesNotContain("One-time password");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(second.get("/api/v1/users", "admin", newPassword).body()).contains("\"ada\"");
        var verified = second.get("/api/v1/audit/verify", "ada", "ada-auditor-password");
        assertThat(verified.body()).contains("\"valid\":true");

        // Now the whole machine "crashes": the application and its database die together.
        long secondPostmaster = postmasterPid(dataDir).orElseThrow();
        second.kill9();
        ProcessHandle.of(secondPostmaster).ifPresent(ProcessHandle::destroyForcibly);

        try (ApplicationProcess third = ApplicationProcess.start(dataDir, Map.of())) {
            assertThat(third.get("/api/v1/users", "admin", newPassword).statusCode()).isEqualTo(200);
            assertThat(third.get("/api/v1/audit/verify", "ada", "ada-auditor-password").body())
                    .contains("\"valid\":true");
        }
        assertThat(postmasterPid(dataDir)).as("a clean stop also stops PostgreSQL").isEmpty();
    }

    @Test
    void adminPasswordCanBeGivenInTheEnvironment() throws Exception {
        Path dataDir = Path.of("target", "test-data", "env-admin-" + UUID.randomUUID()).toAbsolutePath();
        try (ApplicationProcess app = ApplicationProcess.start(dataDir,
                Map.of("FOREWARN_ADMIN_PASSWORD", "given-admin-password"))) {
            assertThat(app.output()).doesNotContain("One-time password", "given-admin-password");
            assertThat(app.get("/api/v1/me", "admin", "given-admin-password").statusCode()).isEqualTo(200);
            assertThat(app.get("/api/v1/me", "analyst", "forewarn-demo").statusCode()).isEqualTo(401);
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }
}
