package org.forewarn.shared.taxii;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A TAXII 2.1 client (OASIS TAXII 2.1, 2021): adds objects to a partner's collection and follows the
 * status resource, and reads a collection page by page. Every request asks for and sends
 * {@value #MEDIA_TYPE}; a refusal comes back as a {@link TaxiiException} carrying the server's TAXII
 * error message. One request per call: retries are the caller's.
 */
public class TaxiiClient {

    public static final String MEDIA_TYPE = "application/taxii+json;version=2.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Duration timeout;

    public TaxiiClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * POSTs an envelope of objects to the collection ({@code <collection>/objects/}). The server answers
     * 202 with a status resource, which may still be pending.
     */
    public TaxiiStatus add(TaxiiCollection collection, List<JsonNode> objects) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putArray("objects").addAll(objects);
        HttpResponse<String> response = send(collection, HttpRequest.newBuilder(collection.objects())
                .header("Content-Type", MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(envelope))), 202);
        return status(read(response.body()));
    }

    /** The status resource as it stands now. */
    public TaxiiStatus status(TaxiiCollection collection, String statusId) {
        return status(read(send(collection, HttpRequest.newBuilder(collection.status(statusId)).GET(), 200).body()));
    }

    /**
     * Asks the status resource again, waiting a little longer each time, until it is complete or
     * {@code patience} has passed; answers it as it last stood.
     */
    public TaxiiStatus awaitComplete(TaxiiCollection collection, TaxiiStatus status, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 200;
        while (!status.complete() && System.nanoTime() + pause * 1_000_000 < deadline) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            status = status(collection, status.id());
            pause = Math.min(pause * 2, 5_000);
        }
        return status;
    }

    /**
     * One page of the collection's objects added after {@code addedAfter} (all when null), continuing
     * from {@code next} when given.
     *
     * @param limit how many at most; the server may send fewer
     * @param match {@code match[...]} filters by field ({@code type}, {@code id}, {@code version}, …)
     */
    public TaxiiPage objects(TaxiiCollection collection, Instant addedAfter, String next, int limit,
            Map<String, String> match) {
        Map<String, String> query = new LinkedHashMap<>();
        if (addedAfter != null) {
            query.put("added_after", addedAfter.toString());
        }
        if (next != null) {
            query.put("next", next);
        }
        query.put("limit", Integer.toString(limit));
        match.forEach((field, value) -> query.put("match[" + field + "]", value));
        URI uri = URI.create(collection.objects() + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
        HttpResponse<String> response = send(collection, HttpRequest.newBuilder(uri).GET(), 200);
        JsonNode envelope = read(response.body());
        List<JsonNode> objects = new ArrayList<>();
        if (envelope.has("objects")) {
            envelope.get("objects").forEach(objects::add);
        }
        boolean more = envelope.has("more") && envelope.get("more").asBoolean();
        String nextToken = envelope.has("next") && !envelope.get("next").isNull() ? envelope.get("next").asString()
                : null;
        return new TaxiiPage(objects, more, nextToken, header(response, "X-TAXII-Date-Added-First"),
                header(response, "X-TAXII-Date-Added-Last"));
    }

    private HttpResponse<String> send(TaxiiCollection collection, HttpRequest.Builder request, int expected) {
        request.header("Accept", MEDIA_TYPE).timeout(timeout);
        if (collection.username() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (collection.username() + ":" + collection.password()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TaxiiException(0, "could not reach " + collection.apiRoot().getHost(), e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaxiiException(0, "interrupted", null, e);
        }
        if (response.statusCode() != expected) {
            throw refusal(response);
        }
        return response;
    }

    /** The server's TAXII error message if it sent one, else the status line. */
    private static TaxiiException refusal(HttpResponse<String> response) {
        String title = "unexpected answer";
        String description = null;
        try {
            JsonNode error = JSON.readTree(response.body());
            if (error != null && error.has("title")) {
                title = error.get("title").asString();
                description = error.has("description") ? error.get("description").asString() : null;
            }
        } catch (JacksonException notJson) {
            // keep the status line only
        }
        return new TaxiiException(response.statusCode(), title, description, null);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new TaxiiException(200, "not JSON", e.getOriginalMessage(), e);
        }
    }

    private static TaxiiStatus status(JsonNode s) {
        List<TaxiiStatus.Failure> failures = new ArrayList<>();
        if (s.has("failures")) {
            s.get("failures").forEach(f -> failures.add(new TaxiiStatus.Failure(text(f, "id"), text(f, "version"),
                    text(f, "message"))));
        }
        return new TaxiiStatus(text(s, "id"), text(s, "status"), number(s, "total_count"), number(s, "success_count"),
                number(s, "failure_count"), number(s, "pending_count"), failures);
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }

    private static int number(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asInt() : 0;
    }

    private static Instant header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).map(v -> {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
