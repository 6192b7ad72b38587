package org.forewarn.audit;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.forewarn.shared.ScenarioClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole chain and keeps the last result where an operator sees it: the log (an ERROR
 * naming the first bad entry) and the gauges {@code forewarn_audit_chain_valid} (1 or 0; NaN until the
 * first verification), {@code forewarn_audit_chain_verified_entries},
 * {@code forewarn_audit_chain_verification_duration_seconds} and
 * {@code forewarn_audit_chain_last_verification_timestamp_seconds} (0: never). Every verification
 * counts, the periodic one ({@link ChainVerificationJob}) and an auditor's ({@code GET /audit/verify}).
 */
@Component
class ChainMonitor {

    private static final Logger log = LoggerFactory.getLogger(ChainMonitor.class);

    private final ChainVerifier verifier;
    private final ScenarioClock clock;
    private volatile Last last;

    private record Last(ChainVerification result, Duration took, Instant at) {
    }

    ChainMonitor(ChainVerifier verifier, ScenarioClock clock, MeterRegistry registry) {
        this.verifier = verifier;
        this.clock = clock;
        Gauge.builder("forewarn.audit.chain.valid", () -> last == null ? Double.NaN : last.result().valid() ? 1 : 0)
                .description("Whether the last verification found the audit chain intact (1) or broken (0)")
                .register(registry);
        Gauge.builder("forewarn.audit.chain.verified.entries", () -> last == null ? 0 : last.result().entries())
                .description("Audit entries read by the last verification").register(registry);
        Gauge.builder("forewarn.audit.chain.verification.duration", () -> last == null ? 0
                        : last.took().toNanos() / 1e9)
                .description("How long the last verification of the audit chain took").baseUnit("seconds")
                .register(registry);
        Gauge.builder("forewarn.audit.chain.last.verification.timestamp", () -> last == null ? 0
                        : last.at().toEpochMilli() / 1e3)
                .description("When the audit chain was last verified (Unix time; 0: not since start)")
                .baseUnit("seconds").register(registry);
    }

    ChainVerification verify() {
        long started = System.nanoTime();
        ChainVerification result = verifier.verify();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        last = new Last(result, took, clock.wallClockInstant());
        if (result.valid()) {
            log.info("Audit chain verified: {} entries intact ({} ms)", result.entries(), took.toMillis());
        } else {
            log.error("Audit chain verification FAILED at entry {}: {} ({} entries read)",
                    result.firstInvalidSequence(), result.reason(), result.entries());
        }
        return result;
    }
}
