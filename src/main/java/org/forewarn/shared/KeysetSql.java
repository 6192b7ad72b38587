package org.forewarn.shared;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keyset part of a list query over {@code (time desc, id desc)}, newest first: the condition
 * that starts the page at the cursor, the order (reversed for a page before the cursor) and the
 * limit, one row more than the page so the page knows whether there is more. The condition is left
 * out of the SQL on the first page rather than switched off with {@code :x is null}, so PostgreSQL
 * plans each shape for what it is and walks the {@code (time desc, id desc)} index.
 *
 * <pre>
 * KeysetSql keyset = KeysetSql.over("received_at", "id", request);
 * jdbc.sql("select id from threats where " + keyset.condition() + " and ... " + keyset.orderAndLimit())
 * </pre>
 * then {@link #bind} the statement.
 */
public record KeysetSql(String timeColumn, String idColumn, PageRequest request) {

    /** A list ordered by a time and an id, newest first. */
    public static KeysetSql over(String timeColumn, String idColumn, PageRequest request) {
        return new KeysetSql(timeColumn, idColumn, request);
    }

    /** A list ordered by a sequence number alone (positions made with {@link Keyset#ofSequence}), highest first. */
    public static KeysetSql overSequence(String idColumn, PageRequest request) {
        return new KeysetSql(null, idColumn, request);
    }

    /** The condition that starts the page at the cursor ({@code true} on the first page). */
    public String condition() {
        if (request.first()) {
            return "true";
        }
        String comparison = request.backward() ? ">" : "<";
        return timeColumn == null
                ? idColumn + " " + comparison + " :keysetSequence"
                : "(" + timeColumn + ", " + idColumn + ") " + comparison + " (:keysetAt, :keysetId)";
    }

    /**
     * For a sequence list within one group (e.g. one fan-out's messages, {@code alert_id}): the
     * condition that keeps the group and starts the page at the cursor, to go with
     * {@link #orderAndLimitWithin}, in place of {@link #condition()} and of any {@code group = :param}.
     * <p>
     * Written as a range over {@code (group, id)} rather than {@code group = :param and id < :n}, and
     * ordered by the group too, so the {@code (group, id)} index is the only one that gives the order.
     * With the equality, PostgreSQL may instead walk the primary key backwards, guessing that the
     * group's ids are spread evenly, and filter away every later group's rows before reaching this
     * one's (seen: 150,000 rows read for a page of 51).
     */
    public String conditionWithin(String groupColumn, String groupParam) {
        if (timeColumn != null) {
            throw new IllegalStateException("only for a list ordered by a sequence");
        }
        String pair = "(" + groupColumn + ", " + idColumn + ")";
        String group = ":" + groupParam;
        if (request.first()) {
            return "(" + pair + " <= (" + group + ", " + Long.MAX_VALUE + ") and " + groupColumn + " >= " + group + ")";
        }
        return request.backward()
                ? "(" + pair + " > (" + group + ", :keysetSequence) and " + groupColumn + " <= " + group + ")"
                : "(" + pair + " < (" + group + ", :keysetSequence) and " + groupColumn + " >= " + group + ")";
    }

    /** {@link #orderAndLimit()} for {@link #conditionWithin}: the group first, so the (group, id) index gives the order. */
    public String orderAndLimitWithin(String groupColumn) {
        String direction = request.backward() ? " asc" : " desc";
        return " order by " + groupColumn + direction + ", " + idColumn + direction + " limit :keysetLimit";
    }

    /** {@code order by ... limit :keysetLimit}, in the page's direction. */
    public String orderAndLimit() {
        String direction = request.backward() ? " asc" : " desc";
        return " order by " + (timeColumn == null ? "" : timeColumn + direction + ", ") + idColumn + direction
                + " limit :keysetLimit";
    }

    /**
     * The ids of the page's rows, in the page's order: {@code select id from <table> where <keyset>
     * and <where> order by ... limit ...}. Load the rows by id and put them back in this order
     * ({@link #inOrder}).
     */
    public List<UUID> ids(JdbcClient jdbc, String table, SqlCondition where) {
        return bind(jdbc.sql("select id from " + table + " where " + condition() + " and " + where.sql()
                + orderAndLimit()).params(where.params())).query(UUID.class).list();
    }

    /** Binds the cursor's values and the limit. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        statement = statement.param("keysetLimit", request.limit() + 1);
        Keyset from = request.from();
        if (from == null) {
            return statement;
        }
        return timeColumn == null ? statement.param("keysetSequence", from.sequence())
                : statement.param("keysetAt", Timestamp.from(from.at())).param("keysetId", from.id());
    }

    /**
     * The aggregates loaded for a page's ids ({@code findAllById}), back in the page's order; an id
     * deleted in between is left out.
     */
    public static <T> List<T> inOrder(List<UUID> ids, Iterable<T> found, Function<T, UUID> id) {
        Map<UUID, T> byId = new HashMap<>();
        found.forEach(t -> byId.put(id.apply(t), t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
