package org.forewarn.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors Tomcat raises itself, before any Forewarn code runs (an encoded slash or NUL
 * in the path, a request line or query longer than the server accepts, a malformed request), with
 * the same {@code application/problem+json} as every other error instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", Problems.type("http-" + status).toString());
        body.put("title", known != null ? known.getReasonPhrase() : "Error");
        body.put("status", status);
        body.put("detail", detail(status));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot take a body: nothing more to tell it.
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path or query is malformed (for example an encoded "
                    + "slash, a NUL or another control character in the path) or longer than the server accepts. "
                    + "Check the URL.";
            case 404 -> "There is nothing at this address.";
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
