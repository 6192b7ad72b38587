package org.forewarn.delivery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.forewarn.shared.ChannelType;
import org.springframework.stereotype.Component;

/**
 * POSTs the message's JSON body to the address, with its {@code Idempotency-Key} and, when the
 * message has a signing secret, a {@link WebhookSignature}. A 2xx means the receiver has it.
 */
@Component
class WebhookChannel implements DeliveryChannel {

    private final HttpTransport http;
    private final Clock clock;

    WebhookChannel(HttpTransport http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public ChannelLimit defaultLimit() {
        return new ChannelLimit(50_000, 16);
    }

    @Override
    public Outcome send(Message message) {
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.put("Idempotency-Key", message.idempotencyKey());
        if (message.signingSecret() != null) {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            headers.put(WebhookSignature.TIMESTAMP_HEADER, timestamp);
            headers.put(WebhookSignature.SIGNATURE_HEADER,
                    WebhookSignature.sign(message.signingSecret(), timestamp, message.body()));
        }
        return http.postJson(message.address(), headers, message.body(), true);
    }
}
