package org.forewarn.identity;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled, per account and per client address, under
 * {@code forewarn.security.login-throttle} (see docs/security.md).
 *
 * @param accountDelayAfter   failures of one account before each further attempt must wait
 * @param accountLockoutAfter failures of one account that lock it out for {@code lockout}
 * @param addressDelayAfter   the same per client address (higher: many people may share one NAT)
 * @param addressLockoutAfter the same per client address
 * @param initialDelay        the first wait; it doubles with each further failure
 * @param maxDelay            the longest wait short of a lockout
 * @param lockout             how long a lockout lasts
 * @param window              failures are forgotten after this long without a failure or lockout
 */
record LoginThrottleProperties(@DefaultValue("5") int accountDelayAfter, @DefaultValue("10") int accountLockoutAfter,
                               @DefaultValue("20") int addressDelayAfter, @DefaultValue("100") int addressLockoutAfter,
                               @DefaultValue("1s") Duration initialDelay, @DefaultValue("1m") Duration maxDelay,
                               @DefaultValue("15m") Duration lockout, @DefaultValue("15m") Duration window) {

    LoginThrottleProperties {
        SettingChecks.of("forewarn.security.login-throttle")
                .atLeast(accountDelayAfter, 0, "account-delay-after")
                .require(accountLockoutAfter > accountDelayAfter, "account-lockout-after",
                        "must be greater than account-delay-after")
                .atLeast(addressDelayAfter, 0, "address-delay-after")
                .require(addressLockoutAfter > addressDelayAfter, "address-lockout-after",
                        "must be greater than address-delay-after")
                .positive(initialDelay, "initial-delay")
                .require(maxDelay.compareTo(initialDelay) >= 0, "max-delay", "must be at least as long as initial-delay")
                .positive(lockout, "lockout")
                .positive(window, "window")
                .orThrow();
    }

    ThrottleSchedule schedule(ThrottleKind kind) {
        return kind == ThrottleKind.ACCOUNT
                ? new ThrottleSchedule(accountDelayAfter, accountLockoutAfter, initialDelay, maxDelay, lockout)
                : new ThrottleSchedule(addressDelayAfter, addressLockoutAfter, initialDelay, maxDelay, lockout);
    }
}
