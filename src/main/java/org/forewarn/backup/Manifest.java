package org.forewarn.backup;

import java.time.Instant;
import java.util.List;

/**
 * What an archive holds ({@code manifest.json}): enough to refuse an archive this jar cannot
 * restore, to migrate a fresh schema to the version the data came from, and to check every entry
 * before anything is written.
 *
 * @param format          always {@link #FORMAT}, so a stray zip is recognised as not a backup
 * @param formatVersion   this layout's version ({@link #FORMAT_VERSION}); a newer one is refused
 * @param forewarnVersion the Forewarn that made it, for the operator
 * @param schemaVersion   the Flyway version of the backed-up schema; restore migrates to it
 * @param createdAt       when the snapshot was taken
 * @param database        the server it came from ({@code version()}), for the operator
 * @param tables          every table but Flyway's history, in the order they are restored
 * @param sequences       every sequence's position, set after the rows are in
 * @param keys            the signing key files from {@code <data-dir>/keys}
 */
record Manifest(String format, int formatVersion, String forewarnVersion, String schemaVersion, Instant createdAt,
                String database, List<TableEntry> tables, List<SequenceEntry> sequences, List<KeyEntry> keys) {

    static final String FORMAT = "forewarn-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    long rows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    /**
     * One table's rows in PostgreSQL's COPY text format.
     *
     * @param columns the columns in the order of the data (generated columns are left out: they are recomputed)
     */
    record TableEntry(String name, String entry, List<String> columns, long rows, String sha256) {
    }

    /** A sequence's {@code last_value} and {@code is_called}, as {@code setval} takes them. */
    record SequenceEntry(String name, long lastValue, boolean isCalled) {
    }

    /** A key file; its content is never printed, only checked against the hash. */
    record KeyEntry(String file, String entry, String sha256) {
    }
}
