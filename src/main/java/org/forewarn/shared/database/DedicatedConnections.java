package org.forewarn.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.stereotype.Component;

/**
 * Connections of their own, outside the pool, to the same database the pool uses (embedded or
 * {@code spring.datasource.url}). A session-level advisory lock lives exactly as long as its
 * connection, and a LISTEN needs a connection nobody else uses: neither may be handed back to a
 * pool where another caller would inherit the lock or the subscription. Each carries the node's
 * name as {@code application_name}, so {@code pg_stat_activity} shows which node holds what.
 */
@Component
class DedicatedConnections {

    private final DataSource pool;
    private final NodeName node;

    DedicatedConnections(DataSource pool, NodeName node) {
        this.pool = pool;
        this.node = node;
    }

    /** A new connection, autocommit on; closing it ends its session (and its locks and LISTENs). */
    Connection open(String purpose) throws SQLException {
        HikariDataSource hikari = pool instanceof HikariDataSource h ? h : pool.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        hikari.getDataSourceProperties().forEach(properties::put);
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        // Purpose first: PostgreSQL keeps 63 bytes, and a long node name may be cut.
        String name = "forewarn " + purpose + " " + node.name();
        properties.setProperty("ApplicationName", name.length() > 63 ? name.substring(0, 63) : name);
        properties.setProperty("connectTimeout", "10");
        Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }
}
