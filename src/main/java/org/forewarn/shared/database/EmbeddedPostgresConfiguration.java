package org.forewarn.shared.database;

import java.io.IOException;
import java.nio.file.Path;

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
            EmbeddedPostgres pg = EmbeddedDatabase.start(pgData, database.port());
            log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), pgData);
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
}
