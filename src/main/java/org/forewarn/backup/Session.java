package org.forewarn.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session settings COPY's text depends on, the same for writing and reading an archive:
 * times in UTC with their offset, floats in full precision, whatever the JVM's time zone or the
 * server's defaults.
 */
final class Session {

    private Session() {
    }

    static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local timezone = 'UTC'");
            statement.execute("set local datestyle = 'ISO, YMD'");
            statement.execute("set local intervalstyle = 'postgres'");
            statement.execute("set local extra_float_digits = 3");
        }
    }
}
