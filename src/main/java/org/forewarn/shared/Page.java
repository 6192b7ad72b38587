package org.forewarn.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list.
 *
 * @param items    the rows of this page
 * @param next     the cursor of the page after this one; null (always present) on the last page
 * @param previous the cursor of the page before this one; null (always present) on the first page
 */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next,
                      @JsonInclude(JsonInclude.Include.ALWAYS) String previous) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page from up to {@code limit + 1} rows fetched in the request's direction (for a backward
     * request, in reverse list order): the extra row only says there is more that way, and the page
     * ends at the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Keyset> keyset) {
        int limit = request.limit();
        boolean more = fetched.size() > limit;
        List<T> kept = new ArrayList<>(more ? fetched.subList(0, limit) : fetched);
        if (request.backward()) {
            Collections.reverse(kept);
        }
        if (kept.isEmpty()) {
            return new Page<>(kept, null, null);
        }
        T first = kept.get(0);
        T last = kept.get(kept.size() - 1);
        // Forward: more rows after means a next page; having come from a cursor means a page before.
        // Backward: the mirror image.
        boolean hasNext = request.backward() || more;
        boolean hasPrevious = request.backward() ? more : request.after() != null;
        return new Page<>(kept, hasNext ? keyset.apply(last).cursor() : null,
                hasPrevious ? keyset.apply(first).cursorBefore() : null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next, previous);
    }
}
