package org.forewarn.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.forewarn.shared.database.EmbeddedDatabase;

/**
 * The database a backup reads: the external server when {@code spring.datasource.url} is set;
 * otherwise the embedded PostgreSQL that the running instance started on the data directory
 * (found through {@code postmaster.pid}), so the backup is taken online; otherwise one started on
 * the data directory for the backup and stopped after it.
 */
final class SourceDatabase implements AutoCloseable {

    private final String url;
    private final Properties credentials;
    private final CommandDatabase started;
    private final String description;

    private SourceDatabase(String url, Properties credentials, CommandDatabase started, String description) {
        this.url = url;
        this.credentials = credentials;
        this.started = started;
        this.description = description;
    }

    static SourceDatabase of(Settings settings) {
        if (settings.external()) {
            Properties credentials = new Properties();
            if (settings.username() != null) {
                credentials.setProperty("user", settings.username());
            }
            if (settings.password() != null) {
                credentials.setProperty("password", settings.password());
            }
            // The URL alone: it names the server, and a password in it is never printed.
            return new SourceDatabase(settings.url(), credentials, null, "the database at " + withoutQuery(settings.url()));
        }
        if (!EmbeddedDatabase.exists(settings.pgData())) {
            throw BackupFailed.because("There is no Forewarn database in " + settings.pgData()
                    + ": is --forewarn.data-dir right (or, for an external server, spring.datasource.url)?");
        }
        Optional<String> running = EmbeddedDatabase.runningJdbcUrl(settings.pgData());
        if (running.isPresent()) {
            return new SourceDatabase(running.get(), postgres(), null, "the running embedded database in "
                    + settings.pgData());
        }
        try {
            CommandDatabase pg = CommandDatabase.start(settings.pgData());
            return new SourceDatabase(pg.jdbcUrl(), postgres(), pg,
                    "the embedded database in " + settings.pgData() + " (started for the backup)");
        } catch (IOException | RuntimeException e) {
            throw BackupFailed.because("Cannot start the embedded database in " + settings.pgData() + ": "
                    + e.getMessage(), e);
        }
    }

    static Properties postgres() {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        return credentials;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    String description() {
        return description;
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
