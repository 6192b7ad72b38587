package org.forewarn.delivery;

/**
 * A channel's throttle as a batch sees it: take before sending, give back when the answer is in.
 * Only a channel that sends several messages together ({@link DeliveryChannel#sendEach}) uses it.
 */
public interface Pacer {

    /**
     * Waits until {@code messages} more may start on one connection (the channel's rate, and one of
     * its in-flight slots). False when the batch was stopped or the thread interrupted: send no more.
     */
    boolean take(int messages);

    /** The slot taken by the last {@link #take} is free again. */
    void done();
}
