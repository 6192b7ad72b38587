package org.forewarn.enrollment;

import java.time.Instant;

/** Rows in PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Instant instant) {
                out.append(instant);
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
