package org.forewarn.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.forewarn.shared.ChannelType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through an HTTP SMS gateway: POSTs {@code {"to", "text", "reference"}} with the
 * idempotency key as reference and header. The gateway taking a message is ACCEPTED: only the phone
 * network knows whether it arrived.
 */
@Component
class SmsChannel implements DeliveryChannel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpTransport http;
    private final DeliveryProperties properties;

    SmsChannel(HttpTransport http, DeliveryProperties properties) {
        this.http = http;
        this.properties = properties;
    }

    @Override
    public ChannelType type() {
        return ChannelType.SMS;
    }

    @Override
    public ChannelLimit defaultLimit() {
        return new ChannelLimit(100, 16);
    }

    @Override
    public Outcome send(Message message) {
        String gateway = properties.smsGatewayUrl();
        if (gateway == null || gateway.isBlank()) {
            return Outcome.retry("No SMS gateway is configured (forewarn.delivery.sms-gateway-url)");
        }
        Map<String, String> sms = new LinkedHashMap<>();
        sms.put("to", message.address());
        sms.put("text", message.body());
        sms.put("reference", message.idempotencyKey());
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.put("Idempotency-Key", message.idempotencyKey());
        return http.postJson(gateway, headers, JSON.writeValueAsString(sms), false);
    }
}
