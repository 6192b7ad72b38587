package org.forewarn.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings the commands honour, read the way the server reads them (command line, environment,
 * {@code application.yml}), so {@code --forewarn.data-dir} and {@code spring.datasource.*} name
 * the same instance for both.
 *
 * @param dataDir         the instance's data directory (absolute)
 * @param url             {@code spring.datasource.url}; blank for the embedded database
 * @param flywayLocations where the jar's migrations are ({@code spring.flyway.locations})
 */
record Settings(Path dataDir, String url, String username, String password, List<String> flywayLocations) {

    /** Without the password: settings may end up in a message, the password never. */
    @Override
    public String toString() {
        return "Settings[dataDir=" + dataDir + ", url=" + url + ", username=" + username + "]";
    }

    boolean external() {
        return url != null && !url.isBlank();
    }

    Path pgData() {
        return dataDir.resolve("postgres");
    }

    Path keys() {
        return dataDir.resolve("keys");
    }
}
