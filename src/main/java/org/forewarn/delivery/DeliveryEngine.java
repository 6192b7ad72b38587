package org.forewarn.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.forewarn.shared.ChannelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one engine every message leaves through. It knows the channels (every {@link DeliveryChannel}
 * bean), throttles each (a rate and a number in flight, shared by all clients), and turns whatever
 * a channel throws into a RETRY. Clients keep their own records and decide with a
 * {@link org.forewarn.shared.RetryPolicy} what an outcome means for them: a warning sends one message
 * at a time ({@link #send}); a fan-out sends a chunk of thousands ({@link #sendAll}).
 */
@Component
public class DeliveryEngine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    private final Map<ChannelType, DeliveryChannel> channels = new EnumMap<>(ChannelType.class);
    private final Map<ChannelType, ChannelThrottle> throttles = new EnumMap<>(ChannelType.class);
    private final Map<ChannelType, ExecutorService> pools = new EnumMap<>(ChannelType.class);

    DeliveryEngine(List<DeliveryChannel> implementations, DeliveryProperties properties) {
        for (DeliveryChannel channel : implementations) {
            DeliveryChannel before = channels.put(channel.type(), channel);
            if (before != null) {
                throw new IllegalStateException("Two implementations of " + channel.type() + ": "
                        + before.getClass().getName() + " and " + channel.getClass().getName());
            }
            ChannelLimit limit = properties.limit(channel);
            throttles.put(channel.type(), new ChannelThrottle(limit.ratePerSecond(), limit.maxInFlight()));
            String name = "send-" + channel.type().name().toLowerCase(java.util.Locale.ROOT);
            pools.put(channel.type(), Executors.newFixedThreadPool(limit.maxInFlight(), r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            }));
        }
    }

    /** Whether something can send on this channel by itself (a liaison hand-over cannot). */
    public boolean sends(ChannelType channel) {
        return channels.containsKey(channel);
    }

    /** One attempt, on the caller's thread, within the channel's throttle. */
    public Outcome send(Message message) {
        DeliveryChannel channel = channels.get(message.channel());
        if (channel == null) {
            return Outcome.refused("Nothing sends on " + message.channel() + " by itself");
        }
        ChannelThrottle throttle = throttles.get(message.channel());
        try {
            throttle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retry("Interrupted before sending");
        }
        try {
            Outcome outcome = channel.send(message);
            return outcome != null ? outcome : Outcome.retry(channel.getClass().getSimpleName() + " gave no answer");
        } catch (RuntimeException e) {
            log.warn("{} threw sending {}", channel.getClass().getSimpleName(), message, e);
            return Outcome.retry("Unexpected error: " + e.getClass().getSimpleName());
        } finally {
            throttle.release();
        }
    }

    /**
     * Starts one attempt of each message, in parallel on each channel's own threads (as many as it
     * may have in flight), and returns at once. The outcome of message {@code i} is
     * {@link Batch#outcome(int)}.
     */
    public Batch sendAll(List<Message> messages) {
        Batch batch = new Batch(messages.size());
        Map<ChannelType, List<Integer>> byChannel = new EnumMap<>(ChannelType.class);
        for (int i = 0; i < messages.size(); i++) {
            byChannel.computeIfAbsent(messages.get(i).channel(), c -> new ArrayList<>()).add(i);
        }
        List<CompletableFuture<Void>> slices = new ArrayList<>();
        byChannel.forEach((type, indexes) -> {
            ExecutorService pool = pools.get(type);
            if (pool == null) {
                indexes.forEach(i -> batch.outcomes[i] = Outcome.refused("Nothing sends on " + type + " by itself"));
                return;
            }
            // Each slice sends its share one after another: one hand-off per slice rather than per
            // message keeps the CPU on the sending.
            DeliveryChannel channel = channels.get(type);
            ChannelThrottle throttle = throttles.get(type);
            int parallelism = Math.min(indexes.size(), throttle.maxInFlight());
            for (int slice = 0; slice < parallelism; slice++) {
                List<Integer> mine = new ArrayList<>();
                for (int k = slice; k < indexes.size(); k += parallelism) {
                    mine.add(indexes.get(k));
                }
                slices.add(CompletableFuture.runAsync(() -> sendSlice(channel, throttle, messages, mine, batch), pool));
            }
        });
        batch.all = CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new));
        return batch;
    }

    private void sendSlice(DeliveryChannel channel, ChannelThrottle throttle, List<Message> messages,
            List<Integer> indexes, Batch batch) {
        List<Message> slice = new ArrayList<>(indexes.size());
        indexes.forEach(i -> slice.add(messages.get(i)));
        Pacer pacer = new Pacer() {
            @Override
            public boolean take(int count) {
                if (batch.stopped.get()) {
                    return false;
                }
                try {
                    throttle.acquire(count);
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public void done() {
                throttle.release();
            }
        };
        List<Outcome> outcomes;
        try {
            outcomes = channel.sendEach(slice, pacer);
        } catch (RuntimeException e) {
            log.warn("{} threw sending a batch of {}", channel.getClass().getSimpleName(), slice.size(), e);
            outcomes = List.of();
        }
        for (int k = 0; k < indexes.size(); k++) {
            Outcome outcome = k < outcomes.size() ? outcomes.get(k) : null;
            batch.outcomes[indexes.get(k)] = outcome;
        }
    }

    /** Messages under way together. */
    public static final class Batch {
        private final Outcome[] outcomes;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private CompletableFuture<Void> all;

        private Batch(int size) {
            this.outcomes = new Outcome[size];
        }

        /** Waits up to this long for every message; true when all have an outcome. */
        public boolean await(Duration time) throws InterruptedException {
            try {
                all.get(time.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                return true;
            }
        }

        /** Starts no further message; those under way finish. */
        public void stop() {
            stopped.set(true);
        }

        /** The outcome of message {@code i}, or null if it was never attempted (the batch was stopped). */
        public Outcome outcome(int i) {
            return outcomes[i];
        }
    }

    @Override
    public void destroy() {
        pools.values().forEach(ExecutorService::shutdownNow);
    }
}
