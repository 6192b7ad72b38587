package org.forewarn.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a list's filter as one {@link SqlCondition} from the parts given: only the conditions whose
 * value was given, so PostgreSQL plans each shape for what it is (a name search through its trigram
 * index, a status through its index) instead of one plan for {@code :x is null or ...} that has to
 * suit every combination.
 *
 * <pre>
 * SqlCondition where = SqlFilter.where().and("status = :status", "status", status)
 *         .and("name ilike :name", "name", SqlFilter.containing(q)).condition();
 * keyset.ids(jdbc, "t", where) // select id from t where <keyset> and <where> order by ... limit ...
 * </pre>
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private SqlFilter() {
    }

    public static SqlFilter where() {
        return new SqlFilter();
    }

    /** Adds {@code condition} (which names {@code :param}) when {@code value} is given; an enum binds as its name. */
    public SqlFilter and(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** Adds a condition another module wrote (always: it is only made when it applies). */
    public SqlFilter and(SqlCondition condition) {
        conditions.add("(" + condition.sql() + ")");
        params.putAll(condition.params());
        return this;
    }

    /** The conditions given, joined with {@code and}; {@code true} when none was. */
    public SqlCondition condition() {
        return new SqlCondition(conditions.isEmpty() ? "true" : "(" + String.join(" and ", conditions) + ")", params);
    }

    /**
     * A {@code like}/{@code ilike} pattern for text containing {@code text} as written: its {@code %},
     * {@code _} and {@code \} match themselves. Null for null or blank text (no condition).
     */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
