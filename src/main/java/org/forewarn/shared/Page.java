package org.forewarn.shared;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list, newest first.
 *
 * @param items the rows of this page
 * @param next  the cursor of the page after this one; null (always present) on the last page
 */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page from up to {@code limit + 1} rows fetched in order: the extra row only says there is
     * more, and the page ends at the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Keyset> keyset) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> kept = fetched.subList(0, limit);
        return new Page<>(kept, keyset.apply(kept.get(limit - 1)).cursor());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
