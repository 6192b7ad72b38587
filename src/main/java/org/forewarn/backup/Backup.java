package org.forewarn.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an archive: every table's rows through {@code COPY ... TO STDOUT}, all in one read-only
 * {@code REPEATABLE READ} transaction, so the archive is one consistent snapshot even while the
 * instance keeps writing (the audit chain's head and its last entry always agree); then the
 * sequences, the signing key files and the manifest. Rows stream from the server into the zip and
 * are never held in memory. The archive appears under its name only once it is complete.
 */
final class Backup {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Backup() {
    }

    /** What was written, for the one-line report. */
    record Written(Manifest manifest, long bytes) {
    }

    /** Refuses, before any database is opened, an archive name that is taken or in a directory that is not there. */
    static void requireNew(Path archive) {
        if (Files.exists(archive)) {
            throw BackupFailed.refused("The archive " + archive + " already exists; choose a new file name");
        }
        Path directory = archive.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw BackupFailed.because("The directory " + directory + " does not exist");
        }
    }

    static Written write(SourceDatabase database, Settings settings, Path archive, String forewarnVersion) {
        requireNew(archive);
        Path directory = archive.toAbsolutePath().getParent();
        Path partial = null;
        try {
            // Only its owner may read it: the archive holds the private signing keys.
            partial = Files.createTempFile(directory, "." + archive.getFileName(), ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Manifest manifest;
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
                manifest = writeEntries(database, settings, zip, forewarnVersion);
            }
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
            return new Written(manifest, Files.size(archive));
        } catch (IOException e) {
            throw BackupFailed.because("Cannot write " + archive + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw BackupFailed.because("Reading " + database.description() + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static Manifest writeEntries(SourceDatabase database, Settings settings, ZipOutputStream zip,
            String forewarnVersion) throws SQLException, IOException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            Session.configure(connection);
            MigrationVersion version = DatabaseSchema.version(connection).orElseThrow(() -> BackupFailed.because(
                    database.description() + " has no Flyway history: it is not a Forewarn database"));
            Instant createdAt;
            String server;
            try (var rs = connection.createStatement().executeQuery("select now(), version()")) {
                rs.next();
                createdAt = rs.getTimestamp(1).toInstant();
                server = rs.getString(2);
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Manifest.TableEntry> tables = new ArrayList<>();
            int n = 0;
            for (DatabaseSchema.Table table : DatabaseSchema.tables(connection)) {
                String entry = "tables/%03d-%s.copy".formatted(++n, table.name());
                zip.putNextEntry(new ZipEntry(entry));
                Checksum checksum = new Checksum();
                try (OutputStream out = checksum.counting(zip)) {
                    copy.copyOut("COPY " + DatabaseSchema.quote(table.name()) + " ("
                            + DatabaseSchema.columnList(table.columns()) + ") TO STDOUT", out);
                }
                zip.closeEntry();
                tables.add(new Manifest.TableEntry(table.name(), entry, table.columns(), checksum.rows(),
                        checksum.sha256()));
            }
            List<Manifest.SequenceEntry> sequences = DatabaseSchema.sequences(connection);
            connection.commit();
            List<Manifest.KeyEntry> keys = writeKeys(settings.keys(), zip);
            Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, forewarnVersion,
                    version.getVersion(), createdAt, server, tables, sequences, keys);
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            return manifest;
        }
    }

    private static List<Manifest.KeyEntry> writeKeys(Path keys, ZipOutputStream zip) throws IOException {
        List<Manifest.KeyEntry> written = new ArrayList<>();
        if (!Files.isDirectory(keys)) {
            return written;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(keys, "*.properties")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String entry = "keys/" + file.getFileName();
            zip.putNextEntry(new ZipEntry(entry));
            Checksum checksum = new Checksum();
            try (OutputStream out = checksum.counting(zip)) {
                Files.copy(file, out);
            }
            zip.closeEntry();
            written.add(new Manifest.KeyEntry(file.getFileName().toString(), entry, checksum.sha256()));
        }
        return written;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the partial file is named as such; nothing mistakes it for an archive
        }
    }
}
