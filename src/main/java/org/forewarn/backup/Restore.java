package org.forewarn.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores an archive into an empty data directory, in three steps that each leave nothing
 * half-done behind:
 * <ol>
 * <li>check, touching nothing: the data directory is empty, the archive is a backup this jar can
 * read, of a schema no newer than it knows, and every entry has the rows and SHA-256 the manifest
 * says;</li>
 * <li>build the instance in a staging directory beside the data directory: a new embedded
 * PostgreSQL, Flyway to the archive's schema version, then every table's rows and every sequence
 * in one transaction with triggers off (the audit log's append-only triggers and the foreign keys
 * would refuse rows loaded as they were), then the key files;</li>
 * <li>move the staging directory into place.</li>
 * </ol>
 * A crash before the move leaves only a {@code .restoring-*} directory, never a data directory
 * that starts with part of the data.
 */
final class Restore {

    private static final Pattern KEY_FILE = Pattern.compile("[A-Za-z0-9._-]+\\.properties");

    private Restore() {
    }

    static Manifest restore(Path archive, Settings settings) {
        if (settings.external()) {
            throw BackupFailed.refused("restore rebuilds an instance with its embedded database in the data "
                    + "directory and never writes to an external server (spring.datasource.url is set). Restore an "
                    + "external server from its own backups (pg_dump, pgBackRest: see docs/operations.md, Backups), "
                    + "or run restore without spring.datasource.url into an empty data directory");
        }
        Path target = settings.dataDir();
        requireEmpty(target);
        if (!Files.isRegularFile(archive)) {
            throw BackupFailed.because("There is no archive " + archive);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = readManifest(zip, archive);
            MigrationVersion known = DatabaseSchema.newestKnown(settings.flywayLocations());
            MigrationVersion version = MigrationVersion.fromVersion(manifest.schemaVersion());
            if (version.isNewerThan(known)) {
                throw BackupFailed.because("The archive's schema (version " + version + ", made by Forewarn "
                        + manifest.forewarnVersion() + ") is newer than this Forewarn knows (version " + known
                        + "): restore it with that Forewarn version or a newer one");
            }
            verify(zip, manifest);
            Path staging = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".restoring-"
                    + UUID.randomUUID());
            try {
                Files.createDirectories(staging);
                load(zip, manifest, version, settings, staging.resolve("postgres"));
                writeKeys(zip, manifest, staging.resolve("keys"));
                requireEmpty(target);
                Files.deleteIfExists(target);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(staging);
            }
            return manifest;
        } catch (ZipException e) {
            throw BackupFailed.because("The archive " + archive + " is damaged (" + e.getMessage()
                    + "); nothing was restored", e);
        } catch (IOException e) {
            throw BackupFailed.because("Restoring " + archive + " failed: " + e.getMessage()
                    + "; nothing was restored", e);
        }
    }

    private static void requireEmpty(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw BackupFailed.refused("The data directory " + target + " is a file; restore needs an empty "
                    + "directory. Nothing was changed");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw BackupFailed.refused("The data directory " + target + " is not empty; restore only into "
                        + "a new or empty directory (move the old one aside first). Nothing was changed");
            }
            // The finished instance is moved into place by renaming; a mount point (a volume's root) cannot be.
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.getFileStore(target).equals(Files.getFileStore(parent))) {
                throw BackupFailed.refused("The data directory " + target + " is a mount point, which restore "
                        + "cannot replace in one step; restore into a new directory inside it (e.g. "
                        + target.resolve("forewarn") + ") and point --forewarn.data-dir there. Nothing was changed");
            }
        } catch (IOException e) {
            throw BackupFailed.because("Cannot read the data directory " + target + ": " + e.getMessage(), e);
        }
    }

    private static Manifest readManifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw BackupFailed.because(archive + " is not a Forewarn backup (it has no " + Manifest.ENTRY + ")");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = Backup.JSON.readValue(in, Manifest.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw BackupFailed.because("The archive's " + Manifest.ENTRY + " cannot be read (" + e.getOriginalMessage()
                    + "); nothing was restored", e);
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw BackupFailed.because(archive + " is not a Forewarn backup (format '" + manifest.format() + "')");
        }
        if (manifest.formatVersion() > Manifest.FORMAT_VERSION) {
            throw BackupFailed.because("The archive's format version " + manifest.formatVersion()
                    + " is newer than this Forewarn reads (" + Manifest.FORMAT_VERSION + ")");
        }
        return manifest;
    }

    /** Every entry against the manifest, before anything is written. */
    private static void verify(ZipFile zip, Manifest manifest) throws IOException {
        for (Manifest.TableEntry table : manifest.tables()) {
            try (InputStream in = open(zip, table.entry())) {
                check(Checksum.of(in), table);
            }
        }
        for (Manifest.KeyEntry key : manifest.keys()) {
            if (!KEY_FILE.matcher(key.file()).matches()) {
                throw BackupFailed.because("The archive names a key file '" + key.file() + "' that is not a plain "
                        + "file name; nothing was restored");
            }
            try (InputStream in = open(zip, key.entry())) {
                Checksum checksum = Checksum.of(in);
                if (!checksum.sha256().equals(key.sha256())) {
                    throw BackupFailed.because("The archive is damaged: key file " + key.file()
                            + " does not have the SHA-256 the manifest records; nothing was restored");
                }
            }
        }
    }

    private static void check(Checksum checksum, Manifest.TableEntry table) {
        if (checksum.rows() != table.rows()) {
            throw BackupFailed.because("The archive is damaged: table " + table.name() + " has " + checksum.rows()
                    + " rows, the manifest says " + table.rows() + "; nothing was restored");
        }
        String sha256 = checksum.sha256();
        if (!sha256.equals(table.sha256())) {
            throw BackupFailed.because("The archive is damaged: the data of table " + table.name() + " has SHA-256 "
                    + sha256 + ", the manifest says " + table.sha256() + "; nothing was restored");
        }
    }

    private static InputStream open(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw BackupFailed.because("The archive is incomplete: it has no " + name + "; nothing was restored");
        }
        return zip.getInputStream(entry);
    }

    private static void load(ZipFile zip, Manifest manifest, MigrationVersion version, Settings settings,
            Path pgData) throws IOException {
        try (CommandDatabase pg = CommandDatabase.start(pgData)) {
            String url = pg.jdbcUrl();
            // Flyway's history is not in the archive: Flyway writes it here, as it would on a new instance.
            Flyway.configure().dataSource(url, "postgres", null)
                    .locations(settings.flywayLocations().toArray(String[]::new))
                    .target(version).load().migrate();
            try (Connection connection = DriverManager.getConnection(url, SourceDatabase.postgres())) {
                requireSameTables(connection, manifest, version);
                connection.setAutoCommit(false);
                Session.configure(connection);
                try (var statement = connection.createStatement()) {
                    // Triggers (append-only rules, foreign keys) do not fire for the rows loaded as they were.
                    statement.execute("set local session_replication_role = replica");
                    // Rows the migrations themselves inserted (the audit chain's head, ...) make way for the archive's.
                    statement.execute("truncate " + manifest.tables().stream()
                            .map(t -> DatabaseSchema.quote(t.name())).collect(Collectors.joining(", ")));
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Manifest.TableEntry table : manifest.tables()) {
                    Checksum checksum = new Checksum();
                    try (InputStream in = checksum.counting(open(zip, table.entry()))) {
                        copy.copyIn("COPY " + DatabaseSchema.quote(table.name()) + " ("
                                + DatabaseSchema.columnList(table.columns()) + ") FROM STDIN", in);
                    }
                    check(checksum, table);
                }
                try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    for (Manifest.SequenceEntry sequence : manifest.sequences()) {
                        setval.setString(1, DatabaseSchema.quote(sequence.name()));
                        setval.setLong(2, sequence.lastValue());
                        setval.setBoolean(3, sequence.isCalled());
                        setval.execute();
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
                connection.createStatement().execute("analyze");
            } catch (SQLException e) {
                throw BackupFailed.because("Loading the archive into the new database failed: " + e.getMessage()
                        + "; nothing was restored", e);
            }
        }
    }

    private static void requireSameTables(Connection connection, Manifest manifest, MigrationVersion version)
            throws SQLException {
        Set<String> here = DatabaseSchema.tables(connection).stream().map(DatabaseSchema.Table::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> archived = manifest.tables().stream().map(Manifest.TableEntry::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!here.equals(archived)) {
            Set<String> missing = new TreeSet<>(here);
            missing.removeAll(archived);
            Set<String> unknown = new TreeSet<>(archived);
            unknown.removeAll(here);
            throw BackupFailed.because("The archive's tables do not match schema version " + version
                    + (missing.isEmpty() ? "" : "; it lacks " + missing)
                    + (unknown.isEmpty() ? "" : "; this schema has no " + unknown) + "; nothing was restored");
        }
    }

    private static void writeKeys(ZipFile zip, Manifest manifest, Path keys) throws IOException {
        Files.createDirectories(keys);
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        for (Manifest.KeyEntry key : manifest.keys()) {
            Path file = keys.resolve(key.file());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (InputStream in = open(zip, key.entry()); var out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staging directory " + root
                    + "; remove it by hand (it is not a data directory)", e);
        }
    }
}
