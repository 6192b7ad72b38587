package org.forewarn.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.forewarn.shared.ForewarnProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the binaries on the classpath, with its data under the data directory,
 * unless {@code spring.datasource.url} names a real server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(DatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ForewarnProperties forewarn, DatabaseProperties database) {
        Path pgData = forewarn.dataDirectory().resolve("postgres");
        try {
            Files.createDirectories(pgData);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + pgData, e);
        }
        RootCheck.requireUsablePostgresUser();
        LeftoverPostmaster.stopIfRunning(pgData);
        int chosen = database.port() > 0 ? database.port() : freePort();
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(chosen)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    // TCP only: no socket lock file in /tmp, where one left by a killed server on the
                    // same port number would stop this one from starting.
                    .setServerConfig("unix_socket_directories", "''")
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", chosen, pgData);
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start (data directory " + pgData
                    + "). Check the log above; to use an external server set spring.datasource.url.", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, DatabaseProperties database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(database.poolSize());
        config.setPoolName("forewarn");
        return new HikariDataSource(config);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for PostgreSQL", e);
        }
    }
}
