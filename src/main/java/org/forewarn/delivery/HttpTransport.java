package org.forewarn.delivery;

import java.io.IOException;
import java.net.URI;
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
    private final CloseableHttpClient http;

    HttpTransport(DeliveryProperties properties) {
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

    private URI uri(String address) {
        if (uris.size() > 100_000) {
            uris.clear();
        }
        return uris.computeIfAbsent(address, URI::create);
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
