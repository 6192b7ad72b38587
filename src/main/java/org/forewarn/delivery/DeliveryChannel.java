package org.forewarn.delivery;

import org.forewarn.shared.ChannelType;

/**
 * A way to get a message to someone: the engine's one extension point. Implement it once per
 * channel, as a Spring bean in this module; warnings and fan-outs then both use it, with the
 * engine's throttle, retries and idempotency keys. One attempt per call: never retry inside, never
 * throw for a failure the receiver reports (answer {@link Outcome#retry} or {@link Outcome#refused}).
 * See docs/extending.md.
 */
public interface DeliveryChannel {

    ChannelType type();

    /** How fast and how many at once this channel may send unless configured otherwise. */
    ChannelLimit defaultLimit();

    Outcome send(Message message);

    /**
     * Several messages, one after another on one of the engine's threads; the outcomes in order, as
     * many as were attempted. Override only if the channel can do better than one at a time (HTTP
     * pipelining does, in {@link WebhookChannel}), taking from the pacer before each group it sends.
     */
    default java.util.List<Outcome> sendEach(java.util.List<Message> messages, Pacer pacer) {
        java.util.List<Outcome> outcomes = new java.util.ArrayList<>(messages.size());
        for (Message message : messages) {
            if (!pacer.take(1)) {
                break;
            }
            try {
                Outcome outcome = send(message);
                outcomes.add(outcome != null ? outcome : Outcome.retry(getClass().getSimpleName() + " gave no answer"));
            } catch (RuntimeException e) {
                outcomes.add(Outcome.retry("Unexpected error: " + e.getClass().getSimpleName()));
            } finally {
                pacer.done();
            }
        }
        return outcomes;
    }
}
