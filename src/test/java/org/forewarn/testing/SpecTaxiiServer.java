package org.forewarn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small TAXII 2.1 server written from the specification alone (OASIS TAXII 2.1, sections 4 and 5),
 * not from Forewarn's own server, so that Forewarn's client is not only tested against itself. One API
 * root ({@code /api1/}) with one collection; HTTP Basic; the media type checked on every request (406,
 * 415); errors as TAXII error messages. Objects are kept in memory in the order added.
 */
public final class SpecTaxiiServer implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    public static final String COLLECTION_ID = "91a7b528-80eb-42ed-a74d-c6fbd5a26116";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String username;
    private final String password;
    private final List<Stored> objects = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> statuses = new HashMap<>();
    private final AtomicInteger pendingPolls = new AtomicInteger();
    private final List<String> acceptHeaders = new CopyOnWriteArrayList<>();
    private Instant lastAdded = Instant.EPOCH;

    private record Stored(JsonNode object, Instant dateAdded) {
    }

    public SpecTaxiiServer(String username, String password) {
        this.username = username;
        this.password = password;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The collection's URL. */
    public URI collection() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api1/collections/" + COLLECTION_ID
                + "/");
    }

    /** Status resources stay "pending" for the next {@code polls} reads before they complete. */
    public void stayPendingFor(int polls) {
        pendingPolls.set(polls);
    }

    /** Adds objects as if another producer had. */
    public synchronized void preload(List<JsonNode> added) {
        added.forEach(o -> objects.add(new Stored(o, nextDateAdded())));
    }

    public List<JsonNode> objects() {
        return objects.stream().map(Stored::object).toList();
    }

    /** Every Accept header received, in order. */
    public List<String> acceptHeaders() {
        return List.copyOf(acceptHeaders);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            acceptHeaders.add(String.valueOf(accept));
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"taxii\"");
                error(exchange, 401, "Unauthorized", "Sign in with HTTP Basic.");
                return;
            }
            // Section 1.6.8: a client must ask for the TAXII media type; anything else is not acceptable.
            if (accept == null || !accept.replace(" ", "").startsWith("application/taxii+json")) {
                error(exchange, 406, "Not Acceptable", "Accept must be " + MEDIA_TYPE);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String collection = "/api1/collections/" + COLLECTION_ID + "/";
            if (method.equals("GET") && path.equals("/taxii2/")) {
                ObjectNode d = JSON.createObjectNode();
                d.put("title", "Specification test server");
                d.put("default", "/api1/");
                d.putArray("api_roots").add("/api1/");
                send(exchange, 200, d, Map.of());
            } else if (method.equals("GET") && path.equals(collection + "objects/")) {
                objects(exchange);
            } else if (method.equals("POST") && path.equals(collection + "objects/")) {
                add(exchange);
            } else if (method.equals("GET") && path.startsWith("/api1/status/")) {
                status(exchange, path.substring("/api1/status/".length()).replace("/", ""));
            } else {
                error(exchange, 404, "Not Found", "No such TAXII resource: " + path);
            }
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    /** Section 5.3: objects added after {@code added_after}, at most {@code limit}, with {@code next}. */
    private void objects(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Instant after = query.containsKey("added_after") ? Instant.parse(query.get("added_after")) : null;
        int from = query.containsKey("next") ? Integer.parseInt(query.get("next")) : 0;
        int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : 100;
        String type = query.get("match[type]");
        List<Stored> matching = new ArrayList<>();
        for (Stored s : objects) {
            if ((after == null || s.dateAdded().isAfter(after))
                    && (type == null || List.of(type.split(",")).contains(s.object().get("type").asString()))) {
                matching.add(s);
            }
        }
        List<Stored> page = matching.subList(Math.min(from, matching.size()), Math.min(from + limit, matching.size()));
        ObjectNode envelope = JSON.createObjectNode();
        boolean more = from + page.size() < matching.size();
        envelope.put("more", more);
        if (more) {
            envelope.put("next", Integer.toString(from + page.size()));
        }
        ArrayNode array = envelope.putArray("objects");
        page.forEach(s -> array.add(s.object()));
        Map<String, String> headers = new LinkedHashMap<>();
        if (!page.isEmpty()) {
            headers.put("X-TAXII-Date-Added-First", page.get(0).dateAdded().toString());
            headers.put("X-TAXII-Date-Added-Last", page.get(page.size() - 1).dateAdded().toString());
        }
        send(exchange, 200, envelope, headers);
    }

    /** Section 5.4: an envelope of objects; 202 with a status resource. */
    private void add(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.replace(" ", "").startsWith("application/taxii+json")) {
            error(exchange, 415, "Unsupported Media Type", "Content-Type must be " + MEDIA_TYPE);
            return;
        }
        JsonNode envelope;
        try (InputStream in = exchange.getRequestBody()) {
            envelope = JSON.readTree(in);
        }
        if (envelope == null || !envelope.has("objects")) {
            error(exchange, 400, "Bad Request", "An envelope with objects is required.");
            return;
        }
        ObjectNode status = JSON.createObjectNode();
        String id = UUID.randomUUID().toString();
        status.put("id", id);
        status.put("request_timestamp", Instant.now().toString());
        ArrayNode successes = JSON.createArrayNode();
        ArrayNode failures = JSON.createArrayNode();
        synchronized (this) {
            for (JsonNode o : envelope.get("objects")) {
                ObjectNode detail = JSON.createObjectNode();
                detail.put("id", o.path("id").asString(""));
                detail.put("version", o.path("modified").asString(o.path("created").asString("")));
                if (o.has("type") && o.has("id") && o.get("id").asString().startsWith(o.get("type").asString() + "--")) {
                    objects.add(new Stored(o, nextDateAdded()));
                    successes.add(detail);
                } else {
                    detail.put("message", "not a STIX object: type and id disagree or are missing");
                    failures.add(detail);
                }
            }
        }
        status.put("total_count", successes.size() + failures.size());
        status.put("success_count", successes.size());
        status.set("successes", successes);
        status.put("failure_count", failures.size());
        status.set("failures", failures);
        synchronized (statuses) {
            statuses.put(id, status);
        }
        send(exchange, 202, withProgress(status), Map.of());
    }

    private void status(HttpExchange exchange, String id) throws IOException {
        ObjectNode status;
        synchronized (statuses) {
            status = statuses.get(id);
        }
        if (status == null) {
            error(exchange, 404, "Not Found", "No status " + id);
            return;
        }
        send(exchange, 200, withProgress(status), Map.of());
    }

    /** "pending" while polls are owed, then "complete". */
    private ObjectNode withProgress(ObjectNode status) {
        ObjectNode shown = status.deepCopy();
        boolean pending = pendingPolls.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        shown.put("status", pending ? "pending" : "complete");
        shown.put("pending_count", pending ? status.get("total_count").asInt() : 0);
        if (pending) {
            shown.put("success_count", 0);
        }
        return shown;
    }

    private synchronized Instant nextDateAdded() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lastAdded = now.isAfter(lastAdded) ? now : lastAdded.plus(1, ChronoUnit.MICROS);
        return lastAdded;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void error(HttpExchange exchange, int status, String title, String description) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.put("title", title);
        error.put("description", description);
        error.put("http_status", Integer.toString(status));
        send(exchange, status, error, Map.of());
    }

    private static void send(HttpExchange exchange, int status, JsonNode body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", MEDIA_TYPE);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
