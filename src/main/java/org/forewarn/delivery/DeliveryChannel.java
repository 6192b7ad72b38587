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
}
