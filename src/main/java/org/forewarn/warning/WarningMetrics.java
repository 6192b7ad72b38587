package org.forewarn.warning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code forewarn_warnings_unanswered_total}: each delivered warning whose acknowledgment deadline
 * passed without an answer (it became NO_RESPONSE, see {@link AcknowledgmentSweep}), counted once when
 * it happens. The deadlines missed right now are the due queue's overdue gauges.
 */
@Component
class WarningMetrics {

    private final Counter unanswered;

    WarningMetrics(MeterRegistry registry) {
        this.unanswered = Counter.builder("forewarn.warnings.unanswered")
                .description("Delivered warnings whose acknowledgment deadline passed without an answer")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void unanswered(WarningUnanswered event) {
        unanswered.increment();
    }
}
