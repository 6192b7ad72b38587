package org.forewarn.identity;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Failed sign-ins ({@code forewarn_login_failures_total{reason}}) and lockouts
 * ({@code forewarn_login_lockouts_total{kind}}), over HTTP Basic and the console alike. Only a reason
 * and a kind: never a username or an address, which would make a series per guess.
 */
@Component
class LoginMetrics {

    /** Why a sign-in was refused. */
    enum Reason {
        /** A wrong password, or a username no account has (the two are not told apart). */
        BAD_CREDENTIALS,
        /** The right password of a disabled account. */
        DISABLED,
        /** Refused unseen: the account or the address must wait, or is locked out. */
        THROTTLED
    }

    private final Map<Reason, Counter> failures = new EnumMap<>(Reason.class);
    private final Map<ThrottleKind, Counter> lockouts = new EnumMap<>(ThrottleKind.class);

    LoginMetrics(MeterRegistry registry) {
        for (Reason reason : Reason.values()) {
            failures.put(reason, Counter.builder("forewarn.login.failures")
                    .description("Refused sign-ins (API and console), by reason")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        for (ThrottleKind kind : ThrottleKind.values()) {
            lockouts.put(kind, Counter.builder("forewarn.login.lockouts")
                    .description("Lockouts begun after repeated failed sign-ins, of an account or a client address")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    void failed(AuthenticationException e) {
        Reason reason = e instanceof LoginThrottledException ? Reason.THROTTLED
                : e instanceof DisabledException ? Reason.DISABLED : Reason.BAD_CREDENTIALS;
        failures.get(reason).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void lockedOut(LoginLockedOut event) {
        lockouts.get(event.kind()).increment();
    }
}
