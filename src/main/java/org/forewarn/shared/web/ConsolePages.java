package org.forewarn.shared.web;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which failed requests are answered with the console's error page rather than a problem document:
 * those for the console ({@code /console} and below), unless the client says it takes something
 * other than HTML (an EventSource stream, a script asking for JSON). A browser always names
 * text/html; a request without an Accept header takes anything. The API always gets problem+json.
 */
public final class ConsolePages {

    private ConsolePages() {
    }

    /**
     * @param path   the request's path, without the context path
     * @param accept the request's Accept header, or {@code null}
     */
    public static boolean answerWithPage(String path, String accept) {
        if (path == null || !(path.equals("/console") || path.startsWith("/console/"))) {
            return false;
        }
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            return accepted.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
