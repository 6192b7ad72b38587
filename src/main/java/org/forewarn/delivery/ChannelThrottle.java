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
        inFlight.acquire();
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                tokens = Math.min(capacity, tokens + (now - refilledAt) * ratePerNano);
                refilledAt = now;
                if (tokens >= 1) {
                    tokens -= 1;
                    return;
                }
                waitNanos = (long) ((1 - tokens) / ratePerNano);
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
