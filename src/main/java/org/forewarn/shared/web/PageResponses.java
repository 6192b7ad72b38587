package org.forewarn.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.forewarn.shared.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page as an HTTP answer: the page in the body ({@code items}, {@code next}, {@code previous}) and
 * {@code Link: <…?cursor=…>; rel="next", <…>; rel="prev"} with the request's other parameters kept,
 * as GitHub's API does. The constants document the paging parameters the same way on every list.
 */
public final class PageResponses {

    /** OpenAPI description of {@code limit}. */
    public static final String LIMIT = "rows per page, 1-500 (default 50)";
    /** OpenAPI description of {@code cursor}. */
    public static final String CURSOR = "the `next` (or `previous`) of a page, passed back unchanged; absent for "
            + "the first page. Opaque: it encodes the row the page starts from, not an offset, so a page deep in "
            + "the list costs what the first does";
    /** What every paged list's description says about its answer. */
    public static final String PAGED = " One page at a time: `{\"items\": [...], \"next\": cursor or null, "
            + "\"previous\": cursor or null}`, and `Link: <...>; rel=\"next\"` (and `rel=\"prev\"`) headers. "
            + "Pass `next` back as `cursor` for the following page.";

    private PageResponses() {
    }

    public static <T> ResponseEntity<Page<T>> of(Page<T> page) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        List<String> links = new ArrayList<>();
        if (page.next() != null) {
            links.add("<" + withCursor(page.next()) + ">; rel=\"next\"");
        }
        if (page.previous() != null) {
            links.add("<" + withCursor(page.previous()) + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(page);
    }

    private static String withCursor(String cursor) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", cursor).build()
                .toUriString();
    }
}
