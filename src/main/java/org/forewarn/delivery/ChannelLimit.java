package org.forewarn.delivery;

/**
 * A channel's throttle.
 *
 * @param ratePerSecond most messages started per second
 * @param maxInFlight   most messages under way at once (also the threads a batch may use on it)
 */
public record ChannelLimit(int ratePerSecond, int maxInFlight) {

    public ChannelLimit {
        if (ratePerSecond < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("A channel limit needs rate-per-second and max-in-flight of at least 1, "
                    + "not " + ratePerSecond + " and " + maxInFlight);
        }
    }
}
