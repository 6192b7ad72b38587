package org.forewarn.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The TAXII 2.1 media type and its error message (section 3.6.1), written straight to the response:
 * for the security filters in front of {@code /taxii2/} as much as for the TAXII module itself, so a
 * TAXII client never gets a {@code problem+json} it does not understand.
 */
public final class TaxiiResponses {

    /** The only media type a TAXII 2.1 server answers with. */
    public static final String MEDIA_TYPE = "application/taxii+json;version=2.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TaxiiResponses() {
    }

    /** The error message body: {@code title}, {@code description}, {@code http_status} (a string, as the spec has it). */
    public static Map<String, Object> error(int status, String title, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("http_status", Integer.toString(status));
        return body;
    }

    public static void writeError(HttpServletResponse response, int status, String title, String description)
            throws IOException {
        response.setStatus(status);
        // JSON is UTF-8 by definition: written as bytes, so the media type stays exactly TAXII's.
        response.setContentType(MEDIA_TYPE);
        response.getOutputStream().write(JSON.writeValueAsBytes(error(status, title, description)));
    }
}
