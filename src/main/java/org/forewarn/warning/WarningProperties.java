package org.forewarn.warning;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgmentTimeout   a delivered warning unanswered this long becomes NO_RESPONSE
 * @param sweepInterval           how often that is checked
 * @param tearlineChecksPerMinute how many tearline checks (explicit, or on drafting) one person may
 *                                run a minute; the console checks as one types, so keep it well above 30
 */
@ConfigurationProperties("forewarn.warning")
record WarningProperties(@DefaultValue("72h") Duration acknowledgmentTimeout, @DefaultValue("60s") Duration sweepInterval,
                         @DefaultValue("60") int tearlineChecksPerMinute) {

    WarningProperties {
        SettingChecks.of("forewarn.warning").positive(acknowledgmentTimeout, "acknowledgment-timeout")
                .positive(sweepInterval, "sweep-interval")
                .atLeast(tearlineChecksPerMinute, 1, "tearline-checks-per-minute").orThrow();
    }
}
