package org.forewarn.review;

import java.util.List;

/**
 * The oversight figures as CSV (RFC 4180): one row per figure, the columns of docs/oversight.md.
 * Every field is quoted where it must be; a field that a spreadsheet would read as a formula is
 * prefixed with an apostrophe, though every label is written by Forewarn itself.
 */
final class OversightCsv {

    static final String HEADER = "section,key,label,value,unit,numerator,denominator,cases_link";

    private OversightCsv() {
    }

    /** @param base the scheme, host and context path that make each case link absolute */
    static String of(OversightReport report, String base) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (OversightReport.Section section : report.sections()) {
            for (OversightReport.FigureView figure : section.figures()) {
                OversightReport.Value v = figure.value();
                String value = switch (v.unit()) {
                    case COUNT -> String.valueOf(v.count());
                    case FRACTION -> v.fraction() == null ? "" : String.valueOf(v.fraction());
                    case DURATION -> v.duration() == null ? "" : v.duration();
                };
                row(csv, List.of(section.key(), figure.key(), figure.label(), value, v.unit().name().toLowerCase(),
                        v.numerator() == null ? "" : String.valueOf(v.numerator()),
                        v.denominator() == null ? "" : String.valueOf(v.denominator()), base + figure.cases()));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
