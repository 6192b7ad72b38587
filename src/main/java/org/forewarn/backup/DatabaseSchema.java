package org.forewarn.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the backup reads from PostgreSQL's catalog about the current schema: its tables in foreign
 * key order, their columns, its sequences and the Flyway version it was migrated to.
 */
final class DatabaseSchema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final Pattern MIGRATION = Pattern.compile("V([0-9._]+)__.*\\.sql");

    private DatabaseSchema() {
    }

    /** A table and the columns its data is copied with (stored, not generated). */
    record Table(String name, List<String> columns) {
    }

    /**
     * Every ordinary table but Flyway's history, parents before the tables that refer to them (ties
     * and cycles by name), so the archive also reads in an order a plain load could follow.
     */
    static List<Table> tables(Connection connection) throws SQLException {
        Map<String, Long> oids = new TreeMap<>();
        try (var rs = connection.createStatement().executeQuery("""
                select c.relname, c.oid from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                  and not c.relispartition""")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(FLYWAY_HISTORY)) {
                    oids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (var rs = connection.createStatement().executeQuery("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid
                join pg_class parent on parent.oid = k.confrelid
                where k.contype = 'f' and child.relnamespace = current_schema()::regnamespace""")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    parents.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < oids.size()) {
            String next = oids.keySet().stream().filter(t -> !placed.contains(t))
                    .filter(t -> parents.getOrDefault(t, Set.of()).stream()
                            .allMatch(p -> placed.contains(p) || !oids.containsKey(p)))
                    .findFirst()
                    // a cycle: take the first by name; restore does not check keys while it loads
                    .orElseGet(() -> oids.keySet().stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow());
            placed.add(next);
            ordered.add(new Table(next, columns(connection, oids.get(next))));
        }
        return ordered;
    }

    private static List<String> columns(Connection connection, long oid) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select attname from pg_attribute
                where attrelid = ? and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum""")) {
            statement.setLong(1, oid);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Every sequence's position (identity columns' and serials' included). */
    static List<Manifest.SequenceEntry> sequences(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = connection.createStatement().executeQuery("""
                select relname from pg_class where relkind = 'S'
                  and relnamespace = current_schema()::regnamespace order by relname""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<Manifest.SequenceEntry> sequences = new ArrayList<>();
        for (String name : names) {
            try (var rs = connection.createStatement().executeQuery(
                    "select last_value, is_called from " + quote(name))) {
                rs.next();
                sequences.add(new Manifest.SequenceEntry(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** The newest Flyway version applied to this database; empty if Flyway never ran on it. */
    static Optional<MigrationVersion> version(Connection connection) throws SQLException {
        try (var rs = connection.createStatement().executeQuery("""
                select 1 from pg_class where relname = 'flyway_schema_history' and relkind = 'r'
                  and relnamespace = current_schema()::regnamespace""")) {
            if (!rs.next()) {
                return Optional.empty();
            }
        }
        List<MigrationVersion> versions = new ArrayList<>();
        try (var rs = connection.createStatement().executeQuery(
                "select version from " + FLYWAY_HISTORY + " where success and version is not null")) {
            while (rs.next()) {
                versions.add(MigrationVersion.fromVersion(rs.getString(1)));
            }
        }
        return versions.stream().max(Comparator.naturalOrder());
    }

    /** The newest migration this jar holds, read from the migration files' names. */
    static MigrationVersion newestKnown(List<String> locations) {
        Map<String, MigrationVersion> found = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String location : locations) {
                String base = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
                for (Resource resource : resolver.getResources("classpath*:" + base + "/**/V*__*.sql")) {
                    Matcher m = MIGRATION.matcher(String.valueOf(resource.getFilename()));
                    if (m.matches()) {
                        found.put(resource.getFilename(), MigrationVersion.fromVersion(m.group(1).replace('_', '.')));
                    }
                }
            }
        } catch (IOException e) {
            throw BackupFailed.because("Cannot list the database migrations in this jar: " + e.getMessage(), e);
        }
        return found.values().stream().max(Comparator.naturalOrder())
                .orElseThrow(() -> BackupFailed.because("This jar holds no database migrations under " + locations));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseSchema::quote).toList());
    }
}
