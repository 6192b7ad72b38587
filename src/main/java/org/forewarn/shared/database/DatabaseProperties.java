package org.forewarn.shared.database;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL's settings; with {@code spring.datasource.url} set nothing embedded starts
 * and these are not used (the pool is then configured with {@code spring.datasource.hikari.*}).
 *
 * @param port     the local port PostgreSQL listens on; 0: a free port chosen at each start
 * @param poolSize the most connections the application holds open to it
 */
@ConfigurationProperties("forewarn.database")
record DatabaseProperties(@DefaultValue("0") int port, @DefaultValue("10") int poolSize) {

    DatabaseProperties {
        SettingChecks.of("forewarn.database").between(port, 0, 65535, "port")
                .require(poolSize >= 1 && poolSize <= 90, "pool-size",
                        "must be between 1 and 90 (the embedded server accepts 100 connections), not " + poolSize)
                .orThrow();
    }
}
