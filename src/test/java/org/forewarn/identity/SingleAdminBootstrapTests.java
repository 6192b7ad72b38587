package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Api;
import org.forewarn.testing.ApplicationProcess;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Who may appoint an administrator alone: only the first-start admin of a fresh installation, and
 * only the second one. Each test runs Forewarn as its own process on a fresh data directory.
 */
class SingleAdminBootstrapTests {

    private static final String ADMIN_PASSWORD = "first-admin-password";

    @Test
    void theFirstStartAdminAppointsTheSecondAdminAloneAndNeverAnotherOne() throws Exception {
        try (ApplicationProcess app = ApplicationProcess.start(dataDir("bootstrap"),
                Map.of("FOREWARN_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            JsonNode second = createAdmin(app, "bea");
            assertThat(second.get("roles").toString()).contains("ADMIN");
            assertThat(second.has("pendingGrant")).isFalse();

            JsonNode third = createAdmin(app, "cy");
            assertThat(third.get("roles").isEmpty()).isTrue();
            assertThat(third.get("pendingGrant").get("reasons").toString()).contains("the ADMIN role");

            // Taking the second admin's role away does not hand the first one the bootstrap back.
            assertThat(app.send("PUT", "/api/v1/users/" + second.get("id").asString() + "/access", "application/json",
                    "{\"roles\": [\"AUDITOR\"], \"clearance\": \"UNCLASSIFIED\"}", "admin", ADMIN_PASSWORD)
                    .statusCode()).isEqualTo(200);
            assertThat(createAdmin(app, "dan").get("roles").isEmpty()).isTrue();
        }
    }

    @Test
    void aDemoInstancesOnlyAdminCannotAppointAnotherAdminAlone() throws Exception {
        try (ApplicationProcess app = ApplicationProcess.start(dataDir("demo-bootstrap"), Map.of(), "--demo")) {
            HttpResponse<String> created = app.post("/api/v1/users", """
                    {"username": "puppet", "password": "puppet-password-1", "roles": ["ADMIN"],
                     "clearance": "UNCLASSIFIED"}""", "admin", "forewarn-demo");

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode puppet = Api.JSON.readTree(created.body());
            assertThat(puppet.get("roles").isEmpty()).isTrue();
            assertThat(puppet.get("pendingGrant").get("status").asString()).isEqualTo("PENDING");
        }
    }

    private static JsonNode createAdmin(ApplicationProcess app, String username) throws Exception {
        HttpResponse<String> created = app.post("/api/v1/users", """
                {"username": "%s", "password": "one-time-password", "roles": ["ADMIN"], "clearance": "UNCLASSIFIED"}"""
                .formatted(username), "admin", ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.JSON.readTree(created.body());
    }

    private static Path dataDir(String purpose) {
        return Path.of("target", "test-data", purpose + "-" + UUID.randomUUID()).toAbsolutePath();
    }
}
