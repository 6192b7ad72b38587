package org.forewarn.warning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param acknowledgmentTimeout a delivered warning unanswered this long becomes NO_RESPONSE
 * @param sweepInterval         how often that is checked
 */
@ConfigurationProperties("forewarn.warning")
record WarningProperties(Duration acknowledgmentTimeout, Duration sweepInterval) {

    WarningProperties {
        acknowledgmentTimeout = acknowledgmentTimeout != null ? acknowledgmentTimeout : Duration.ofHours(72);
        sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofSeconds(60);
    }
}
