package org.forewarn.shared;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows a list has, for "1–50 of 1,234": counted exactly up to {@value #EXACT_UP_TO} rows
 * (a count that stops there costs the same at any size), and beyond that the planner's estimate,
 * shown as "about 12,000" — as search engines do, since counting 100,000 rows on every page view
 * would make the list as slow as the office is old.
 *
 * @param value    the count, or the estimate rounded to two significant digits
 * @param estimate whether {@code value} is an estimate
 */
public record ListCount(long value, boolean estimate) {

    public static final int EXACT_UP_TO = 10_000;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    /**
     * @param fromWhere the list's {@code from ... where ...} (no order, no limit)
     * @param bind      binds the parameters {@code fromWhere} names
     */
    public static ListCount of(JdbcClient jdbc, String fromWhere, UnaryOperator<JdbcClient.StatementSpec> bind) {
        long counted = bind.apply(jdbc.sql("select count(*) from (select 1 " + fromWhere + " limit "
                + (EXACT_UP_TO + 1) + ") capped")).query(Long.class).single();
        if (counted <= EXACT_UP_TO) {
            return new ListCount(counted, false);
        }
        String plan = bind.apply(jdbc.sql("explain (format json) select 1 " + fromWhere)).query(String.class)
                .list().get(0);
        Matcher rows = PLAN_ROWS.matcher(plan);
        long estimated = rows.find() ? (long) Double.parseDouble(rows.group(1)) : counted;
        return new ListCount(roughly(Math.max(estimated, counted)), true);
    }

    /** How many rows of {@code table} meet {@code where}. */
    public static ListCount of(JdbcClient jdbc, String table, SqlCondition where) {
        return of(jdbc, "from " + table + " where " + where.sql(), statement -> statement.params(where.params()));
    }

    /** Two significant digits: 12,437 → 12,000; 987,654 → 990,000. */
    static long roughly(long n) {
        long scale = 1;
        while (n / scale >= 100) {
            scale *= 10;
        }
        return Math.round((double) n / scale) * scale;
    }

    /** "1,234" or "about 12,000". */
    public String text() {
        String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
        return estimate ? "about " + number : number;
    }

    @Override
    public String toString() {
        return text();
    }
}
