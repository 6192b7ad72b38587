package org.forewarn.enrollment;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: commas, double-quoted fields with "" escapes and line breaks inside quotes. Bounded:
 * a record longer than {@code maxRecordLength} characters or more than {@code maxRecords} records
 * (the header included) stop the reading with {@link Malformed}, so no file can make it hold an
 * unbounded field in memory.
 */
final class CsvReader {

    /** The file cannot be read as CSV (within the limits); the message names the line. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final int maxRecordLength;
    private final long maxRecords;
    private long line = 1;
    private long recordLine;
    private long records;
    private int peeked = -2;

    CsvReader(Reader in, int maxRecordLength, long maxRecords) {
        this.in = in;
        this.maxRecordLength = maxRecordLength;
        this.maxRecords = maxRecords;
    }

    /** The line the last record started on (1-based). */
    long recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') { // skip blank lines
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        if (++records > maxRecords) {
            throw new Malformed("has more than " + maxRecords + " lines (header included); split it into several files");
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int length = 0;
        while (true) {
            if (++length > maxRecordLength && (quoted || (c != '\n' && c != '\r' && c != -1))) {
                throw new Malformed("line " + recordLine + " is longer than " + maxRecordLength + " characters");
            }
            if (quoted) {
                if (c == -1) {
                    throw new Malformed("line " + recordLine + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                        length++;
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        peeked = after;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }
}
