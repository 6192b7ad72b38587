package org.forewarn.delivery;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one HTTP client of every HTTP channel: pooled keep-alive connections, no redirects, no
 * automatic retries (the engine decides), timeouts from {@code forewarn.delivery.http-timeout}.
 * Apache HttpClient's blocking client: on these machines several times the throughput of the JDK's
 * HttpClient for many small requests (bench/RESULTS.md).
 */
@Component
class HttpTransport implements DisposableBean {

    /** Parsed addresses: many people share a provider's endpoint. Cleared when it grows large. */
    private final Map<String, URI> uris = new ConcurrentHashMap<>();
    private final Map<String, String> origins = new ConcurrentHashMap<>();
    private final CloseableHttpClient http;
    private final DeliveryProperties properties;
    /** Idle pipelined connections per origin, taken by one thread at a time. */
    private final Map<String, java.util.concurrent.ConcurrentLinkedQueue<PipelinedConnection>> idle =
            new ConcurrentHashMap<>();

    HttpTransport(DeliveryProperties properties) {
        this.properties = properties;
        Timeout timeout = Timeout.of(properties.httpTimeout());
        // More than any channel may have in flight at once (the throttles bound the real number).
        int connections = 256 + properties.channels().values().stream()
                .mapToInt(c -> c.maxInFlight() != null ? c.maxInFlight() : 0).sum();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(timeout).build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
                .disableContentCompression().disableConnectionState()
                .setUserAgent("Forewarn/1").build();
    }

    /**
     * POSTs a JSON body and reads the answer by the one HTTP rule ({@link Outcome#ofHttpStatus}).
     *
     * @param confirmsDelivery whether this receiver's 2xx means delivered (webhook) or accepted (gateway)
     */
    Outcome postJson(String address, Map<String, String> headers, String body, boolean confirmsDelivery) {
        URI uri;
        try {
            uri = uri(address);
        } catch (IllegalArgumentException e) {
            return Outcome.refused("Not a URL: " + address);
        }
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        try {
            return http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                Header requestId = response.getFirstHeader("X-Request-Id");
                String reference = requestId != null ? requestId.getValue() : "HTTP " + response.getCode();
                return Outcome.ofHttpStatus(response.getCode(), reference, confirmsDelivery, address);
            });
        } catch (IOException | RuntimeException e) {
            return Outcome.retry(e.getClass().getSimpleName() + " calling " + address
                    + (e.getMessage() != null ? ": " + e.getMessage() : ""));
        }
    }

    /**
     * The origin of this address if its receiver is configured as able to take pipelined requests
     * ({@code forewarn.delivery.pipelined-origins}), otherwise null.
     */
    String pipelinedOrigin(String address) {
        if (properties.pipelinedOrigins().isEmpty()) {
            return null;
        }
        String origin = origins.computeIfAbsent(address, a -> {
            try {
                URI uri = uri(a);
                return uri.getHost() == null ? "" : PipelinedConnection.originOf(uri);
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
        return properties.pipelinedOrigins().contains(origin) ? origin : null;
    }

    /**
     * POSTs JSON bodies to addresses of one pipelining origin, {@code pipeline-depth} at a time per
     * connection; outcomes in order, as many as were answered (the rest are to be retried).
     */
    List<Outcome> postJsonPipelined(List<String> addresses, List<Map<String, String>> headers, List<String> bodies,
            Pacer pacer) {
        List<Outcome> outcomes = new ArrayList<>(addresses.size());
        URI first = uri(addresses.get(0));
        String origin = PipelinedConnection.originOf(first);
        int depth = properties.pipelineDepth();
        String lastBody = null;
        byte[] lastBytes = null;
        for (int start = 0; start < addresses.size(); start += depth) {
            int end = Math.min(addresses.size(), start + depth);
            if (!pacer.take(end - start)) {
                break;
            }
            try {
                List<PipelinedConnection.Request> requests = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    String body = bodies.get(i);
                    if (body != lastBody) { // one language's body is one String: encode it once
                        lastBody = body;
                        lastBytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    URI uri = uri(addresses.get(i));
                    String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                            + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
                    requests.add(new PipelinedConnection.Request(path, headers.get(i), lastBytes));
                }
                PipelinedConnection connection;
                try {
                    connection = connection(origin, first);
                } catch (IOException e) {
                    Outcome unreachable = Outcome.retry(e.getClass().getSimpleName() + " connecting to " + origin
                            + (e.getMessage() != null ? ": " + e.getMessage() : ""));
                    for (int i = start; i < end; i++) {
                        outcomes.add(unreachable);
                    }
                    continue;
                }
                List<Outcome> answered = connection.exchange(requests, "Forewarn/1");
                outcomes.addAll(answered);
                if (connection.isOpen()) {
                    idle.computeIfAbsent(origin, o -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                            .offer(connection);
                } else if (answered.size() < requests.size()) {
                    // The rest of this window is retried later, under the same keys.
                    for (int i = answered.size(); i < requests.size(); i++) {
                        outcomes.add(Outcome.retry(connection.failure()));
                    }
                }
            } finally {
                pacer.done();
            }
        }
        return outcomes;
    }

    private PipelinedConnection connection(String origin, URI uri) throws IOException {
        var queue = idle.get(origin);
        PipelinedConnection connection = queue == null ? null : queue.poll();
        while (connection != null && !connection.isOpen()) {
            connection = queue.poll();
        }
        if (connection != null) {
            return connection;
        }
        return PipelinedConnection.open(uri, properties.httpTimeout());
    }

    private URI uri(String address) {
        if (uris.size() > 100_000) {
            uris.clear();
            origins.clear();
        }
        return uris.computeIfAbsent(address, URI::create);
    }

    @Override
    public void destroy() throws IOException {
        idle.values().forEach(q -> q.forEach(PipelinedConnection::close));
        http.close();
    }
}
