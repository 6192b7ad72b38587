package org.forewarn.taxii;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.StixSchemas;
import org.forewarn.testing.TestUsers;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A TAXII 2.1 client for the tests, over MockMvc, and STIX objects to give it (each checked against the OASIS schemas). */
final class Taxii {

    static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    static final String ROOT = "/taxii2/forewarn/";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final String username;

    Taxii(MockMvc mvc, String username) {
        this.mvc = mvc;
        this.username = username;
    }

    record Response(int status, String contentType, Map<String, String> headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    Response get(String path) {
        return call(HttpMethod.GET, path, MEDIA_TYPE, null, null);
    }

    Response post(String path, Object envelope) {
        return call(HttpMethod.POST, path, MEDIA_TYPE, MEDIA_TYPE, JSON.writeValueAsString(envelope));
    }

    Response call(HttpMethod method, String path, String accept, String contentType, String body) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.content(body);
        }
        if (username != null) {
            request.with(httpBasic(username, TestUsers.PASSWORD));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            Map<String, String> headers = new LinkedHashMap<>();
            response.getHeaderNames().forEach(name -> headers.put(name.toLowerCase(), response.getHeader(name)));
            return new Response(response.getStatus(), response.getContentType(), headers,
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static final java.time.format.DateTimeFormatter STIX_TIME = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** A STIX timestamp: UTC, milliseconds (the schemas ask for at least three fractional digits). */
    static String stamp(Instant instant) {
        return STIX_TIME.format(instant);
    }

    static String collection(UUID id) {
        return ROOT + "collections/" + id + "/";
    }

    /** An indicator, valid STIX 2.1. */
    static JsonNode indicator(String id, Instant created, Instant modified, String name) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("type", "indicator");
        indicator.put("spec_version", "2.1");
        indicator.put("id", id);
        indicator.put("created", stamp(created));
        indicator.put("modified", stamp(modified));
        indicator.put("name", name);
        indicator.put("pattern", "[ipv4-addr:value = '198.51.100.7']");
        indicator.put("pattern_type", "stix");
        indicator.put("valid_from", stamp(created));
        return checked(indicator);
    }

    static JsonNode indicator(Instant at, String name) {
        return indicator("indicator--" + UUID.randomUUID(), at, at, name);
    }

    /** A report, valid STIX 2.1, referring to the given objects. */
    static JsonNode report(String id, Instant created, Instant modified, List<String> refs) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("type", "report");
        report.put("spec_version", "2.1");
        report.put("id", id);
        report.put("created", stamp(created));
        report.put("modified", stamp(modified));
        report.put("name", "Threat to a delegation");
        report.put("published", stamp(created));
        report.put("object_refs", refs);
        return checked(report);
    }

    private static JsonNode checked(Map<String, Object> object) {
        String json = JSON.writeValueAsString(object);
        StixSchemas.assertValid(json);
        return JSON.readTree(json);
    }
}
