package org.forewarn.shared.web;

import org.forewarn.shared.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page as an HTTP answer: the page in the body ({@code items}, {@code next}) and, when there is a
 * next page, {@code Link: <…?cursor=…>; rel="next"} with the request's other parameters kept, as
 * GitHub's API does.
 */
public final class PageResponses {

    private PageResponses() {
    }

    public static <T> ResponseEntity<Page<T>> of(Page<T> page) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", page.next())
                    .build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page);
    }
}
