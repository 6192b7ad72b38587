package org.forewarn.delivery;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.forewarn.shared.ChannelType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code forewarn_deliveries_total{client, channel, outcome}}: every message that left (or tried to
 * leave) through the engine, counted once its client has recorded what the attempt came to. Its
 * clients decide what an outcome means for them (a retry policy each), so they count it: warnings
 * here, from this module's own events (after the commit, so a rolled-back attempt is not counted);
 * fan-outs from the fan-out module, through {@link #count}. Every series exists from the start, at 0,
 * so that a rate or an increase sees the first message too.
 */
@Component
public class DeliveryMetrics {

    /** Who sent the message. */
    public enum Client {
        /** A warning to one recipient. */
        WARNING,
        /** A public alert's message to one enrolled person (a fan-out). */
        ALERT
    }

    /** What the attempt came to, as the client's retry policy reads it. */
    public enum Result {
        /** The receiver or its relay has it (a relay's acceptance counts: it is as far as a machine can see). */
        DELIVERED,
        /** It failed and will be tried again. */
        RETRY,
        /** Given up: refused, or out of attempts. */
        FAILED
    }

    private final Map<Client, Map<ChannelType, Map<Result, Counter>>> counters = new EnumMap<>(Client.class);

    DeliveryMetrics(MeterRegistry registry) {
        for (Client client : Client.values()) {
            Map<ChannelType, Map<Result, Counter>> byChannel = new EnumMap<>(ChannelType.class);
            for (ChannelType channel : ChannelType.values()) {
                Map<Result, Counter> byResult = new EnumMap<>(Result.class);
                for (Result result : Result.values()) {
                    byResult.put(result, Counter.builder("forewarn.deliveries")
                            .description("Messages sent by Forewarn, by client, channel and outcome")
                            .tag("client", tag(client)).tag("channel", tag(channel)).tag("outcome", tag(result))
                            .register(registry));
                }
                byChannel.put(channel, byResult);
            }
            counters.put(client, byChannel);
        }
    }

    /** Counts {@code messages} messages of one client, channel and outcome. */
    public void count(Client client, ChannelType channel, Result result, long messages) {
        if (messages > 0) {
            counters.get(client).get(channel).get(result).increment(messages);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void succeeded(DeliverySucceeded event) {
        count(Client.WARNING, event.channel(), Result.DELIVERED, 1);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void retrying(DeliveryAttemptFailed event) {
        count(Client.WARNING, event.channel(), Result.RETRY, 1);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void failed(DeliveryFailed event) {
        count(Client.WARNING, event.channel(), Result.FAILED, 1);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
