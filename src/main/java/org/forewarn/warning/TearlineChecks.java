package org.forewarn.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.threat.Threats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the tearline check for a person: only for someone cleared for the case, at most so many
 * times a minute each (a cleared insider must not be able to probe the protected details at machine
 * speed), and each check on the audit chain. Called outside a transaction (as the API does), the
 * record commits on its own, so a refused draft leaves its trace though nothing else is stored;
 * inside a larger unit of work (the demo loader) it joins it rather than wait on the audit chain's
 * lock that unit already holds.
 */
@Component
class TearlineChecks {

    enum Purpose {
        CHECK, DRAFT
    }

    private final Threats threats;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int perMinute;
    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();

    TearlineChecks(Threats threats, CurrentUser currentUser, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock, WarningProperties properties) {
        this.threats = threats;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.perMinute = properties.tearlineChecksPerMinute();
    }

    List<Leak> check(UUID threatId, String text, Purpose purpose) {
        threats.requireCurrentUserCleared(threatId, purpose == Purpose.DRAFT ? "draft a warning on this case"
                : "check a tearline on this case");
        String user = currentUser.name();
        long wait = allowances.computeIfAbsent(user, u -> new Allowance(perMinute, clock.instant()))
                .take(clock.instant());
        if (wait > 0) {
            throw DomainException.tooManyRequests("too-many-tearline-checks", "You have checked " + perMinute
                    + " texts against protected details in the last minute, the most one person may. Wait "
                    + wait + " s and try again.", wait);
        }
        List<Leak> leaks = TearlineCheck.leaks(text, threats.protectedDetailsForServerSideCheck(threatId));
        transaction.executeWithoutResult(status -> events.publishEvent(new TearlineChecked(threatId, user,
                purpose.name(), text.length(), leaks.isEmpty(), leaks.stream().map(l -> l.kind().name()).toList())));
        return leaks;
    }

    /** A token bucket: {@code perMinute} checks, refilled evenly over the minute. */
    private static final class Allowance {
        private final int capacity;
        private double tokens;
        private Instant last;

        Allowance(int capacity, Instant now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        /** Takes one check, or says how many seconds until one is free. */
        synchronized long take(Instant now) {
            double elapsed = Math.max(0, Duration.between(last, now).toMillis()) / 60_000.0;
            tokens = Math.min(capacity, tokens + elapsed * capacity);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / capacity);
        }
    }
}
