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
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors Tomcat raises itself, before any Forewarn code runs (an encoded slash or NUL
 * in the path, a request line or query longer than the server accepts, a malformed request), with
 * the same {@code application/problem+json} as every other error instead of Tomcat's HTML page; a
 * browser asking for a console page gets a plain page in the console's style instead.
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
        String title = known != null ? known.getReasonPhrase() : "Error";
        boolean page = ConsolePages.answerWithPage(path(request), request.getHeader("Accept"));
        try {
            response.setContentType(page ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page ? page(request.getContextPath(), title, Problems.describe(status))
                        : problem(status, title));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot take a body: nothing more to tell it.
        }
    }

    private static String problem(int status, String title) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", Problems.type("http-" + status).toString());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", Problems.describe(status));
        return JSON.writeValueAsString(body);
    }

    /** The console's error page, without the console: nothing of Spring has run, and the request may be half read. */
    private static String page(String contextPath, String title, String detail) {
        String base = contextPath == null ? "" : HtmlUtils.htmlEscape(contextPath);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + " · Forewarn</title>"
                + "<link rel=\"stylesheet\" href=\"" + base + "/css/console.css\"></head>\n<body><main id=\"main\">"
                + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1><div class=\"flash error\" role=\"alert\">"
                + HtmlUtils.htmlEscape(detail) + "</div><p><a href=\"" + base + "/console\">Back to Due now</a></p>"
                + "</main></body></html>\n";
    }

    private static String path(Request request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
