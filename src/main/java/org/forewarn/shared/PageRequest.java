package org.forewarn.shared;

/**
 * Which page of a list: at most {@code limit} rows after {@code after}, or before {@code before}
 * (both null: the first page; never both).
 *
 * @param limit 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} when not given
 */
public record PageRequest(int limit, Keyset after, Keyset before) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (after != null && before != null) {
            throw new IllegalArgumentException("a page is after one row or before one, not both");
        }
    }

    /** From the query parameters as given (either may be absent). */
    public static PageRequest of(Integer limit, String cursor) {
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest(rows, null, null);
        }
        Keyset.Position position = Keyset.ofCursor(cursor);
        return position.backward() ? new PageRequest(rows, null, position.keyset())
                : new PageRequest(rows, position.keyset(), null);
    }

    /**
     * Refuses (400 naming it) a paging parameter a list no longer takes ({@code offset}, {@code after}),
     * so an old client is told to use {@code cursor} instead of silently getting the first page again.
     */
    public static void refuseRetired(String parameter, String value) {
        if (value != null) {
            throw InvalidInput.of(parameter, "is no longer supported: this list pages by `cursor`. Leave `"
                    + parameter + "` out for the first page, then pass each page's `next` back as `cursor`");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, null);
    }

    public static PageRequest after(int limit, Keyset after) {
        return new PageRequest(limit, after, null);
    }

    /** Whether the rows wanted come before the cursor's row (a "previous" page): fetched in reverse order. */
    public boolean backward() {
        return before != null;
    }

    /** Whether this is the first page (no cursor). */
    public boolean first() {
        return after == null && before == null;
    }

    /** The row the page starts from, whichever way it goes; null on the first page. */
    public Keyset from() {
        return after != null ? after : before;
    }
}
