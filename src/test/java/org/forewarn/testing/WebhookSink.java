package org.forewarn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on 127.0.0.1 that records every POST and answers as scripted per path. */
public final class WebhookSink {

    public record Received(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    private WebhookSink(HttpServer server) {
        this.server = server;
    }

    static WebhookSink start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookSink sink = new WebhookSink(server);
            server.createContext("/", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String path = exchange.getRequestURI().getPath();
                sink.received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
                Deque<Integer> script = sink.scripts.get(path);
                Integer status = script != null ? script.pollFirst() : null;
                int code = status != null ? status : 200;
                exchange.getResponseHeaders().add("X-Request-Id", "sink-" + sink.received.size());
                exchange.sendResponseHeaders(code, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers for this path, in order; 200 once they run out. */
    public void script(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    public List<Received> receivedAt(String path) {
        List<Received> matching = new ArrayList<>();
        for (Received r : received) {
            if (r.path().equals(path)) {
                matching.add(r);
            }
        }
        return matching;
    }
}
