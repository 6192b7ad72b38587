package org.forewarn.warning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param acknowledgmentTimeout a delivered warning unanswered this long becomes NO_RESPONSE
 * @param sweepInterval         how often that is checked
 * @param tearlineChecksPerMinute how many tearline checks (explicit, or on drafting) one person may
 *                              run a minute; the console checks as one types, so keep it well above 30
 */
@ConfigurationProperties("forewarn.warning")
record WarningProperties(Duration acknowledgmentTimeout, Duration sweepInterval, Integer tearlineChecksPerMinute) {

    WarningProperties {
        acknowledgmentTimeout = acknowledgmentTimeout != null ? acknowledgmentTimeout : Duration.ofHours(72);
        sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofSeconds(60);
        tearlineChecksPerMinute = tearlineChecksPerMinute != null ? tearlineChecksPerMinute : 60;
        if (tearlineChecksPerMinute < 1) {
            throw new IllegalArgumentException("forewarn.warning.tearline-checks-per-minute must be at least 1");
        }
    }
}
