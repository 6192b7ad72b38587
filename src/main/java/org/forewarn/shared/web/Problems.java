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
}
