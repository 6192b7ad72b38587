package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.forewarn.testing.Api;
import org.forewarn.testing.ApplicationProcess;
import org.forewarn.testing.ApplicationProcess.CommandResult;
import org.forewarn.testing.Ed25519Jwk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code forewarn backup} of a running demo instance and {@code forewarn restore} into an empty data
 * directory give back an instance whose audit chain verifies, whose receipts issued before the
 * backup still verify with the same key, and which has every row; restore refuses a non-empty data
 * directory and a damaged archive without touching anything. Every step runs as its own process, as
 * an operator would run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTests {

    private static final String PASSWORD = "forewarn-demo";
    private static final String CROCUS = "Islamic State plot against large gatherings in Moscow";

    private final Path root = Path.of("target", "test-data", "backup-" + UUID.randomUUID()).toAbsolutePath();
    private final Path source = root.resolve("a");
    private final Path archive = root.resolve("forewarn-backup.zip");

    private String warningId;
    private JsonNode receiptBefore;
    private JsonNode keyBefore;
    private Map<String, Long> rowsBefore;
    private Map<String, Long> rowsAfter;

    /** One demo instance, backed up while it runs; both tests restore its archive. */
    @BeforeAll
    void backUpARunningDemo() throws Exception {
        try (ApplicationProcess demo = ApplicationProcess.start(source, Map.of(), "--demo")) {
            warningId = crocusWarning(demo);
            receiptBefore = json(demo.get("/api/v1/warnings/" + warningId + "/receipt", "auditor", PASSWORD));
            keyBefore = json(demo.get("/api/v1/signing-key", "auditor", PASSWORD));

            rowsBefore = rowCounts(source);
            CommandResult backup = ApplicationProcess.runCommand(source, "backup", archive.toString());
            rowsAfter = rowCounts(source);

            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("Backed up the running embedded database").contains("2 signing keys");
            assertThat(privateKey(source)).hasSizeGreaterThan(20);
            assertThat(backup.output()).doesNotContain(privateKey(source));
        }
    }

    @Test
    void aRestoredInstanceHasEveryRowItsAuditChainAndTheKeysThatSignedItsReceipts() throws Exception {
        Path restored = root.resolve("b");
        assertThat(posixMode(archive)).as("the archive holds private keys").isEqualTo("rw-------");

        // The snapshot has every table, each with a row count between what was there just before and just after.
        Map<String, Long> archived = archivedRowCounts();
        assertThat(archived.keySet()).isEqualTo(rowsBefore.keySet()).contains("audit_log", "audit_head", "consistency_ratings");
        archived.forEach((table, rows) -> assertThat(rows).as(table)
                .isBetween(rowsBefore.get(table), rowsAfter.get(table)));
        assertThat(archived.get("audit_log")).isPositive();

        CommandResult restore = ApplicationProcess.runCommand(restored, "restore", archive.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored").contains("into " + restored);
        assertThat(restore.output()).doesNotContain(privateKey(source));
        assertThat(keyFile(restored, "receipt-signing-key")).isEqualTo(keyFile(source, "receipt-signing-key"));
        assertThat(keyFile(restored, "cap-signing-key")).isEqualTo(keyFile(source, "cap-signing-key"));
        assertThat(posixMode(restored.resolve("keys").resolve("receipt-signing-key.properties")))
                .isEqualTo("rw-------");

        try (ApplicationProcess again = ApplicationProcess.start(restored, Map.of())) {
            assertThat(rowCounts(restored)).as("nothing is missing, nothing was added").isEqualTo(archived);
            assertThat(sequences(restored)).as("identities and serials continue where they were")
                    .isEqualTo(archivedSequences());

            JsonNode chain = json(again.get("/api/v1/audit/verify", "auditor", PASSWORD));
            assertThat(chain.get("valid").asBoolean()).as(chain.toString()).isTrue();
            assertThat(chain.get("entries").asLong()).isEqualTo(archived.get("audit_log"));

            JsonNode receipt = json(again.get("/api/v1/warnings/" + warningId + "/receipt", "auditor", PASSWORD));
            JsonNode key = json(again.get("/api/v1/signing-key", "auditor", PASSWORD));
            assertThat(receipt.get("jws").asString()).isEqualTo(receiptBefore.get("jws").asString());
            assertThat(receipt.get("keyId").asString()).isEqualTo(receiptBefore.get("keyId").asString());
            assertThat(key.get("kid").asString()).as("the restored instance signs with the key that came back")
                    .isEqualTo(keyBefore.get("kid").asString()).isEqualTo(receipt.get("keyId").asString());
            String[] jws = receipt.get("jws").asString().split("\\.");
            assertThat(Ed25519Jwk.verifies(key, jws[0] + "." + jws[1], jws[2])).isTrue();

            // Over an instance that exists (here, running) restore refuses, and changes nothing.
            List<Path> filesBefore = files(restored);
            String keysBefore = keyFile(restored, "receipt-signing-key");
            CommandResult over = ApplicationProcess.runCommand(restored, "restore", archive.toString());
            assertThat(over.exitCode()).as(over.output()).isEqualTo(3);
            assertThat(over.output()).contains("restore refused: The data directory " + restored + " is not empty");
            assertThat(files(restored)).isEqualTo(filesBefore);
            assertThat(keyFile(restored, "receipt-signing-key")).isEqualTo(keysBefore);
            assertThat(json(again.get("/api/v1/audit/verify", "auditor", PASSWORD)).get("valid").asBoolean()).isTrue();
        }
        assertThat(stagingDirectories()).isEmpty();
    }

    @Test
    void aDamagedArchiveIsRefusedAndLeavesNoDataDirectory() throws Exception {
        Path restored = root.resolve("c");
        Path damaged = root.resolve("damaged.zip");
        byte[] bytes = Files.readAllBytes(archive);
        bytes[dataOf(bytes, "audit_log.copy") + 20] ^= 0x01; // one bit of the audit log's data
        Files.write(damaged, bytes);

        CommandResult restore = ApplicationProcess.runCommand(restored, "restore", damaged.toString());

        assertThat(restore.exitCode()).as(restore.output()).isEqualTo(1);
        assertThat(restore.output()).contains("restore failed: The archive").contains("damaged")
                .contains("nothing was restored");
        assertThat(restored).doesNotExist();
        assertThat(stagingDirectories()).isEmpty();

        // The intact archive restores into the same place: the refusal left nothing in the way.
        CommandResult intact = ApplicationProcess.runCommand(restored, "restore", archive.toString());
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(restored.resolve("postgres")).isDirectory();
    }

    @Test
    void anArchiveFromANewerSchemaThanTheJarKnowsIsRefused() throws Exception {
        Path restored = root.resolve("e");
        Path newer = root.resolve("newer.zip");
        try (ZipFile zip = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newer))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("manifest.json")) {
                    ObjectNode manifest = (ObjectNode) Api.JSON.readTree(zip.getInputStream(entry));
                    manifest.put("schemaVersion", "999");
                    manifest.put("forewarnVersion", "9.9.9");
                    out.write(Api.JSON.writeValueAsBytes(manifest));
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }

        CommandResult restore = ApplicationProcess.runCommand(restored, "restore", newer.toString());

        assertThat(restore.exitCode()).as(restore.output()).isEqualTo(1);
        assertThat(restore.output()).contains("restore failed: The archive's schema (version 999, made by Forewarn "
                + "9.9.9) is newer than this Forewarn knows");
        assertThat(restored).doesNotExist();
    }

    @Test
    void wrongArgumentsPrintTheUsageAndAnArchiveIsNeverOverwritten() throws Exception {
        Path untouched = root.resolve("d");

        CommandResult noFile = ApplicationProcess.runCommand(untouched, "restore");
        assertThat(noFile.exitCode()).as(noFile.output()).isEqualTo(2);
        assertThat(noFile.output()).contains("restore: name the archive file").contains("usage: java -jar forewarn.jar");

        long size = Files.size(archive);
        CommandResult overwrite = ApplicationProcess.runCommand(source, "backup", archive.toString());
        assertThat(overwrite.exitCode()).as(overwrite.output()).isEqualTo(3);
        assertThat(overwrite.output()).contains("backup refused: The archive " + archive + " already exists");
        assertThat(Files.size(archive)).isEqualTo(size);
        assertThat(untouched).doesNotExist();
    }

    /** The demo's delivered warning to the FSB, once the demo has loaded it and issued its receipt. */
    private static String crocusWarning(ApplicationProcess demo) throws IOException {
        JsonNode threats = json(demo.get("/api/v1/threats?limit=500", "analyst", PASSWORD));
        String threat = null;
        for (JsonNode t : threats.get("items")) {
            if (t.get("title").asString().equals(CROCUS)) {
                threat = t.get("id").asString();
            }
        }
        assertThat(threat).as("the demo's Crocus case").isNotNull();
        JsonNode warnings = json(demo.get("/api/v1/threats/" + threat + "/warnings", "liaison", PASSWORD));
        String warning = warnings.get("items").get(0).get("id").asString();
        assertThat(demo.get("/api/v1/warnings/" + warning + "/receipt", "auditor", PASSWORD).statusCode())
                .isEqualTo(200);
        return warning;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    /** Every table's row count, read directly from the instance's running embedded PostgreSQL. */
    private static Map<String, Long> rowCounts(Path dataDir) throws IOException, SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect(dataDir)) {
            List<String> tables = new ArrayList<>();
            try (var rs = connection.createStatement().executeQuery("""
                    select tablename from pg_tables where schemaname = 'public'
                      and tablename <> 'flyway_schema_history'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var rs = connection.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> sequences(Path dataDir) throws IOException, SQLException {
        Map<String, Long> positions = new TreeMap<>();
        try (Connection connection = connect(dataDir); var rs = connection.createStatement().executeQuery(
                "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = 'public'")) {
            while (rs.next()) {
                positions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return positions;
    }

    private Map<String, Long> archivedSequences() throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            JsonNode manifest = Api.JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            Map<String, Long> positions = new TreeMap<>();
            for (JsonNode sequence : manifest.get("sequences")) {
                positions.put(sequence.get("name").asString(),
                        sequence.get("isCalled").asBoolean() ? sequence.get("lastValue").asLong() : 0);
            }
            assertThat(positions).as("the demo's sequences").isNotEmpty();
            return positions;
        }
    }

    /** The instance's running embedded PostgreSQL, found as an operator would: its port is in postmaster.pid. */
    private static Connection connect(Path dataDir) throws IOException, SQLException {
        // postmaster.pid: pid, data directory, start time, port, ...
        String port = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
    }

    private Map<String, Long> archivedRowCounts() throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            JsonNode manifest = Api.JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            assertThat(manifest.get("schemaVersion").asString()).isNotBlank();
            Map<String, Long> counts = new TreeMap<>();
            for (JsonNode table : manifest.get("tables")) {
                counts.put(table.get("name").asString(), table.get("rows").asLong());
            }
            return counts;
        }
    }

    private static String privateKey(Path dataDir) throws IOException {
        java.util.Properties key = new java.util.Properties();
        try (var in = Files.newInputStream(dataDir.resolve("keys").resolve("receipt-signing-key.properties"))) {
            key.load(in);
        }
        return key.getProperty("private");
    }

    private static String keyFile(Path dataDir, String name) throws IOException {
        return Files.readString(dataDir.resolve("keys").resolve(name + ".properties"));
    }

    private static String posixMode(Path file) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            // Compare names, not contents: the running server keeps writing its own files.
            return all.map(dir::relativize).filter(p -> !p.startsWith(Path.of("postgres"))).sorted().toList();
        }
    }

    private List<Path> stagingDirectories() throws IOException {
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(p -> p.getFileName().toString().contains(".restoring-")).toList();
        }
    }

    /** Where an entry's (compressed) data starts, after its local file header. */
    private static int dataOf(byte[] zip, String nameEnding) {
        byte[] name = nameEnding.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 30 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x03 && zip[i + 3] == 0x04) {
                int nameLength = (zip[i + 26] & 0xff) | (zip[i + 27] & 0xff) << 8;
                int extraLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
                String entry = new String(zip, i + 30, nameLength, StandardCharsets.US_ASCII);
                if (entry.endsWith(new String(name, StandardCharsets.US_ASCII))) {
                    return i + 30 + nameLength + extraLength;
                }
            }
        }
        throw new AssertionError("no entry " + nameEnding + " in the archive");
    }
}
