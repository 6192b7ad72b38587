package org.forewarn.shared;

import java.util.Map;

/**
 * A piece of a {@code where} clause one module contributes to another's list query, with the
 * parameters it names. The module that owns the tables writes the SQL; the list only joins the
 * pieces with {@code and}. Name parameters after the module ({@code warningRecipient}) so that
 * pieces never collide.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        params = Map.copyOf(params);
    }

    public static SqlCondition of(String sql) {
        return new SqlCondition(sql, Map.of());
    }

    public static SqlCondition of(String sql, String name, Object value) {
        return new SqlCondition(sql, Map.of(name, value));
    }

    /** This condition and another, with both sets of parameters. */
    public SqlCondition and(SqlCondition other) {
        var all = new java.util.HashMap<>(params);
        all.putAll(other.params);
        return new SqlCondition("(" + sql + ") and (" + other.sql + ")", all);
    }
}
