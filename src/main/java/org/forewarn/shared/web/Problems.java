package org.forewarn.shared.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every error in Forewarn is answered with. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create("urn:forewarn:problem:" + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail, Map<String, Object> properties) {
        ProblemDetail problem = of(status, slug, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** What a status means to the person who met it, when nothing more is known than the status. */
    public static String describe(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path or query is malformed (for example an encoded "
                    + "slash, a NUL or another control character in the path) or longer than the server accepts. "
                    + "Check the URL.";
            case 403 -> "Your role does not allow this action.";
            case 404 -> "There is nothing at this address. Check it for typing mistakes.";
            case 405 -> "This method is not allowed here.";
            case 408 -> "The request took too long to arrive. Send it again.";
            case 413 -> "The request is larger than the server accepts.";
            case 414 -> "The request URL is longer than the server accepts. Shorten the query.";
            case 431 -> "The request headers are larger than the server accepts.";
            case 505 -> "This HTTP version is not supported.";
            default -> status >= 500 ? "The server could not handle the request. Nothing was changed."
                    : "The request could not be handled.";
        };
    }
}
