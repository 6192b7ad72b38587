package org.forewarn.fanout;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A fan-out's progress as Server-Sent Events: a {@code progress} event at once and then every half
 * second, until the fan-out is complete (or gone); then a {@code done} event, and the stream ends. Opened on a finished
 * fan-out it sends the final progress and ends. The one poller for every progress stream.
 * <p>
 * Each poll schedules the next only after it has run, so no poll ever needs a handle on a
 * scheduled task that may not exist yet (the cause of an earlier NullPointerException).
 */
@Component
public class FanOutProgressStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FanOutProgressStream.class);
    static final Duration PERIOD = Duration.ofMillis(500);
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final FanOuts fanOuts;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fanout-progress");
        t.setDaemon(true);
        return t;
    });

    FanOutProgressStream(FanOuts fanOuts) {
        this.fanOuts = fanOuts;
    }

    /**
     * @param render what each event carries, from the progress (empty: the alert has no fan-out, and the
     *               stream ends after that event)
     */
    public SseEmitter open(UUID alertId, Function<Optional<FanOutProgress>, Object> render) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Poll poll = new Poll(alertId, emitter, render);
        emitter.onCompletion(poll::stop);
        emitter.onTimeout(poll::stop);
        emitter.onError(e -> poll.stop());
        poll.next(0);
        return emitter;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    private final class Poll implements Runnable {

        private final UUID alertId;
        private final SseEmitter emitter;
        private final Function<Optional<FanOutProgress>, Object> render;
        private final AtomicBoolean stopped = new AtomicBoolean();

        Poll(UUID alertId, SseEmitter emitter, Function<Optional<FanOutProgress>, Object> render) {
            this.alertId = alertId;
            this.emitter = emitter;
            this.render = render;
        }

        void stop() {
            stopped.set(true);
        }

        void next(long delayMillis) {
            try {
                timer.schedule(this, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) { // shutting down
                stop();
                emitter.complete();
            }
        }

        @Override
        public void run() {
            if (stopped.get()) {
                return;
            }
            Optional<FanOutProgress> progress;
            try {
                progress = fanOuts.find(alertId);
                emitter.send(SseEmitter.event().name("progress").data(render.apply(progress)));
            } catch (IOException | IllegalStateException e) {
                // The client went away or the stream timed out: the container ends the request.
                log.debug("Fan-out progress stream for {} ended: {}", alertId, e.toString());
                stop();
                return;
            } catch (RuntimeException e) {
                // Ended, not failed: an error dispatch could only fail again on a text/event-stream response.
                log.warn("Fan-out progress for {} could not be read; its stream ends", alertId, e);
                stop();
                emitter.complete();
                return;
            }
            if (progress.isEmpty() || progress.get().status() == FanOutStatus.COMPLETED) {
                stop();
                try {
                    // Tells an EventSource to close rather than reconnect to a stream that has nothing more.
                    emitter.send(SseEmitter.event().name("done").data(""));
                } catch (IOException | IllegalStateException e) {
                    log.debug("Fan-out progress stream for {} ended before its last event: {}", alertId, e.toString());
                }
                emitter.complete();
            } else if (!stopped.get()) {
                next(PERIOD.toMillis());
            }
        }
    }
}
