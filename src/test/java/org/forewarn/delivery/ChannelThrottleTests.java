package org.forewarn.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ChannelThrottleTests {

    @Test
    void noMoreThanMaxInFlightAtOnce() throws Exception {
        ChannelThrottle throttle = new ChannelThrottle(1_000_000, 2);
        throttle.acquire();
        throttle.acquire();
        CountDownLatch third = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try {
                throttle.acquire();
                third.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();

        assertThat(third.await(200, TimeUnit.MILLISECONDS)).as("blocked while two are in flight").isFalse();
        throttle.release();
        assertThat(third.await(10, TimeUnit.SECONDS)).as("released when one finishes").isTrue();
    }

    @Test
    void theBucketHoldsOneSecondOfTokens() throws Exception {
        ChannelThrottle throttle = new ChannelThrottle(5, 100);
        AtomicInteger immediate = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            throttle.acquire();
            immediate.incrementAndGet();
        }
        CountDownLatch sixth = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try {
                throttle.acquire();
                sixth.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();

        assertThat(immediate.get()).isEqualTo(5);
        assertThat(sixth.await(10, TimeUnit.SECONDS)).as("the next token comes in time").isTrue();
    }
}
