package org.forewarn.console;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a console list as the pager shows it: the rows, where they sit ("51–100 of about
 * 12,000") and links to the first, previous and next page that keep the search and filters of the
 * current request. A page does not know its position from its cursor, so the links carry it along
 * as {@code from} (1-based) purely for display.
 *
 * @param range    "1–50 of 1,234", or "of about 12,000" beyond an exact count
 * @param firstUrl null on the first page
 */
public record ListView<T>(List<T> items, String range, String firstUrl, String previousUrl, String nextUrl) {

    /** The request header htmx sends: answer with the list alone, not the whole page. */
    static final String HTMX = "HX-Request";
    /** Sent by htmx when it rebuilds a page from history: answer with the whole page. */
    static final String HTMX_HISTORY = "HX-History-Restore-Request";

    /**
     * @param from  the 1-based position of the page's first row, as the link that led here said (null:
     *              unknown, or the first page)
     * @param limit rows per page
     */
    static <T> ListView<T> of(Page<T> page, ListCount count, Integer from, int limit) {
        return of(page, count, from, limit, "from");
    }

    /**
     * As {@link #of(Page, ListCount, Integer, int)}, with the position carried as {@code positionParameter}
     * for a page whose own query already uses {@code from} (the oversight period).
     */
    static <T> ListView<T> of(Page<T> page, ListCount count, Integer from, int limit, String positionParameter) {
        boolean firstPage = page.previous() == null;
        int start = firstPage ? 1 : from == null ? 0 : Math.max(1, from);
        int size = page.items().size();
        String range;
        if (size == 0) {
            range = "0 of " + count.text();
        } else if (start == 0) {
            range = size + " shown, of " + count.text();
        } else {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            range = n.format(start) + "–" + n.format(start + size - 1) + " of " + count.text();
        }
        return new ListView<>(page.items(), range,
                firstPage ? null : link(null, null, positionParameter),
                page.previous() == null ? null : link(page.previous(), start == 0 ? null : Math.max(1, start - limit),
                        positionParameter),
                page.next() == null ? null : link(page.next(), start == 0 ? null : start + size, positionParameter));
    }

    /** Whether a request wants only the list (an htmx swap) rather than the whole page. */
    static boolean listOnly(HttpServletRequest request) {
        return request.getHeader(HTMX) != null && request.getHeader(HTMX_HISTORY) == null;
    }

    private static String link(String cursor, Integer from, String positionParameter) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor")
                .replaceQueryParam(positionParameter);
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        if (from != null) {
            uri.queryParam(positionParameter, from);
        }
        // Relative, so it holds behind a proxy that rewrites the host.
        return uri.build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}
