package org.forewarn.backup;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 and the row count of one table's data as it streams past, in either direction. In
 * PostgreSQL's COPY text format every row ends with a newline and a newline inside a value is
 * written {@code \n}, so rows are counted as newline bytes without parsing anything.
 */
final class Checksum {

    private final MessageDigest sha256;
    private long rows;
    private long bytes;

    Checksum() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes everything on to {@code out} and counts it; closing it does not close {@code out}. */
    OutputStream counting(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                update(new byte[] {(byte) b}, 0, 1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                update(b, off, len);
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Reads through {@code in}, counting what is read. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    update(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    update(b, off, n);
                }
                return n;
            }

            /** Skipped bytes are read and counted all the same: the checksum covers every byte. */
            @Override
            public long skip(long n) throws IOException {
                byte[] buffer = new byte[8192];
                long skipped = 0;
                while (skipped < n) {
                    int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                    if (read < 0) {
                        break;
                    }
                    skipped += read;
                }
                return skipped;
            }
        };
    }

    /** Reads {@code in} to its end and returns the checksum of what it held. */
    static Checksum of(InputStream in) throws IOException {
        Checksum checksum = new Checksum();
        try (InputStream counted = checksum.counting(in)) {
            counted.transferTo(OutputStream.nullOutputStream());
        }
        return checksum;
    }

    private void update(byte[] b, int off, int len) {
        sha256.update(b, off, len);
        bytes += len;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                rows++;
            }
        }
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return bytes;
    }

    /** The SHA-256 in lower-case hex; call once, after the data has passed. */
    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
