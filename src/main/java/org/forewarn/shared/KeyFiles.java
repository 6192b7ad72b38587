package org.forewarn.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signing key kept in the data directory ({@code <data-dir>/keys/}) as a properties file:
 * created on first use, written whole (a temporary file moved into place, so a crash never leaves
 * half a key) and readable only by its owner. Back it up with the database.
 */
public final class KeyFiles {

    private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /** The file for a key of that name in the data directory ({@code keys/<name>.properties}). */
    public static Path in(ForewarnProperties forewarn, String name) {
        return forewarn.dataDirectory().resolve("keys").resolve(name + ".properties");
    }

    /**
     * The key stored in the file; if there is none yet, the one {@code create} makes, stored first.
     *
     * @param what what the key is, for the file's comment and the log ("receipt signing key")
     */
    public static Properties loadOrCreate(Path file, String what, Supplier<Properties> create) {
        try {
            Properties stored = new Properties();
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    stored.load(in);
                }
                return stored;
            }
            stored = create.get();
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var out = Files.newOutputStream(tmp)) {
                stored.store(out, "Forewarn " + what + ". Keep secret; back it up with the database.");
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Created a new {} in {}", what, file);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + what + " " + file, e);
        }
    }
}
