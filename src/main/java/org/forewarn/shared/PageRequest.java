package org.forewarn.shared;

/**
 * Which page of a list: at most {@code limit} rows after {@code after} (null: the first page).
 *
 * @param limit 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} when not given
 */
public record PageRequest(int limit, Keyset after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** From the query parameters as given (either may be absent). */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? null : Keyset.ofCursor(cursor));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
