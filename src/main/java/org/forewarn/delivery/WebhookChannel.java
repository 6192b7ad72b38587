package org.forewarn.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        return http.postJson(message.address(), headers(message), message.body(), true);
    }

    /**
     * A fan-out's messages: those to a receiver configured for pipelining go out back to back on
     * one connection; the others one at a time.
     */
    @Override
    public List<Outcome> sendEach(List<Message> messages, Pacer pacer) {
        String origin = messages.isEmpty() ? null : http.pipelinedOrigin(messages.get(0).address());
        if (origin == null) {
            return DeliveryChannel.super.sendEach(messages, pacer);
        }
        // Consecutive messages to the same pipelining origin form one run.
        int run = 0;
        while (run < messages.size() && origin.equals(http.pipelinedOrigin(messages.get(run).address()))) {
            run++;
        }
        List<String> addresses = new ArrayList<>(run);
        List<Map<String, String>> headers = new ArrayList<>(run);
        List<String> bodies = new ArrayList<>(run);
        for (int i = 0; i < run; i++) {
            Message m = messages.get(i);
            addresses.add(m.address());
            headers.add(headers(m));
            bodies.add(m.body());
        }
        List<Outcome> outcomes = new ArrayList<>(http.postJsonPipelined(addresses, headers, bodies, pacer));
        if (outcomes.size() == run && run < messages.size()) {
            outcomes.addAll(sendEach(messages.subList(run, messages.size()), pacer));
        }
        return outcomes;
    }

    private Map<String, String> headers(Message message) {
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.put("Idempotency-Key", message.idempotencyKey());
        if (message.signingSecret() != null) {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            headers.put(WebhookSignature.TIMESTAMP_HEADER, timestamp);
            headers.put(WebhookSignature.SIGNATURE_HEADER,
                    WebhookSignature.sign(message.signingSecret(), timestamp, message.body()));
        }
        return headers;
    }
}
