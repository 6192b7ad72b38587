package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.forewarn.testing.ApplicationProcess;
import org.junit.jupiter.api.Test;

/**
 * With spring.datasource.url set, Forewarn uses that server and starts no PostgreSQL of its own.
 * The "external" server here is a separate PostgreSQL process started by the test.
 */
class ExternalDatabaseTests {

    @Test
    void configuredServerIsUsedAndNothingEmbeddedStarts() throws Exception {
        Path dataDir = Path.of("target", "test-data", "external-" + UUID.randomUUID()).toAbsolutePath();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolveSibling(dataDir.getFileName() + "-server"))
                .setCleanDataDirectory(true).start();
             ApplicationProcess app = ApplicationProcess.start(dataDir, Map.of("FOREWARN_ADMIN_PASSWORD",
                     "external-admin-password"), "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {

            assertThat(app.get("/api/v1/me", "admin", "external-admin-password").statusCode()).isEqualTo(200);
            assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
            try (var connection = server.getPostgresDatabase().getConnection();
                 var rs = connection.createStatement().executeQuery("select username from users")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("admin");
            }
        }
    }
}
