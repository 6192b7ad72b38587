package org.forewarn.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.forewarn.recipient.ChannelType;
import org.forewarn.recipient.Recipients;
import org.springframework.stereotype.Component;

/**
 * POSTs the warning as JSON, signed with HMAC-SHA256 under the recipient's shared secret:
 * {@code X-Forewarn-Signature: sha256=hex(HMAC(secret, timestamp + "." + body))} with the
 * timestamp in {@code X-Forewarn-Timestamp} (Unix seconds), and the {@code Idempotency-Key}.
 */
@Component
class WebhookChannel implements DeliveryChannel {

    static final String SIGNATURE_HEADER = "X-Forewarn-Signature";
    static final String TIMESTAMP_HEADER = "X-Forewarn-Timestamp";

    private final HttpClient http;
    private final Recipients recipients;
    private final DeliveryProperties properties;
    private final Clock clock;

    WebhookChannel(Recipients recipients, DeliveryProperties properties, Clock clock) {
        this.recipients = recipients;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public AttemptOutcome attempt(Delivery delivery) {
        Optional<String> secret = recipients.webhookSecret(delivery.recipientId());
        if (secret.isEmpty()) {
            return AttemptOutcome.permanentFailure("The recipient no longer has a webhook secret configured");
        }
        String body = delivery.body();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.address()))
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", delivery.idempotencyKey())
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, "sha256=" + sign(secret.get(), timestamp + "." + body))
                .header("User-Agent", "Forewarn-Webhook/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                String reference = response.headers().firstValue("X-Request-Id").orElse("HTTP " + status);
                return AttemptOutcome.delivered(reference);
            }
            String detail = "HTTP " + status + " from " + delivery.address();
            boolean transientStatus = status >= 500 || status == 408 || status == 425 || status == 429;
            return transientStatus ? AttemptOutcome.retry(detail) : AttemptOutcome.permanentFailure(detail);
        } catch (IOException e) {
            return AttemptOutcome.retry(e.getClass().getSimpleName() + " calling " + delivery.address()
                    + (e.getMessage() != null ? ": " + e.getMessage() : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptOutcome.retry("Interrupted while calling " + delivery.address());
        }
    }

    static String sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
