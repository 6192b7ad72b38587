package org.forewarn.delivery;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Per-channel throttling: at most {@code ratePerSecond} messages started per second (a token
 * bucket holding one second's worth) and at most {@code maxInFlight} under way at once.
 */
final class ChannelThrottle {

    private final double ratePerNano;
    private final double capacity;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private double tokens;
    private long refilledAt = System.nanoTime();

    ChannelThrottle(int ratePerSecond, int maxInFlight) {
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = Math.max(1, ratePerSecond);
        this.tokens = capacity;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.inFlight = new Semaphore(this.maxInFlight);
    }

    /** Waits for a token and an in-flight slot; call {@link #release()} when the message is done. */
    void acquire() throws InterruptedException {
        acquire(1);
    }

    /**
     * Waits for an in-flight slot and {@code messages} tokens: several messages going out together
     * on one connection (pipelined) hold one slot. More than a second's worth waits for them to
     * accrue, so the rate holds.
     */
    void acquire(int messages) throws InterruptedException {
        inFlight.acquire();
        double wanted = Math.min(messages, capacity);
        double owed = messages - wanted;
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                tokens = Math.min(capacity, tokens + (now - refilledAt) * ratePerNano);
                refilledAt = now;
                if (tokens >= wanted) {
                    tokens -= wanted;
                    if (owed <= 0) {
                        return;
                    }
                    wanted = Math.min(owed, capacity);
                    owed -= wanted;
                    continue;
                }
                waitNanos = (long) ((wanted - tokens) / ratePerNano);
            }
            LockSupport.parkNanos(Math.max(waitNanos, 1000));
            if (Thread.interrupted()) {
                inFlight.release();
                throw new InterruptedException();
            }
        }
    }

    int maxInFlight() {
        return maxInFlight;
    }

    void release() {
        inFlight.release();
    }
}
