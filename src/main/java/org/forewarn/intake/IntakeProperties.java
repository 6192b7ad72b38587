package org.forewarn.intake;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How partners' collections are polled.
 *
 * @param pollEvery how often every feed is read on
 * @param pageSize  how many objects to ask for per page
 * @param maxPages  how many pages one poll reads at most; the next poll reads on
 * @param timeout   how long to wait for a partner's server
 */
@ConfigurationProperties("forewarn.intake")
record IntakeProperties(@DefaultValue("5m") Duration pollEvery, @DefaultValue("100") int pageSize,
                        @DefaultValue("20") int maxPages, @DefaultValue("20s") Duration timeout) {

    IntakeProperties {
        SettingChecks.of("forewarn.intake").positive(pollEvery, "poll-every").positive(timeout, "timeout")
                .require(pageSize >= 1 && pageSize <= 10_000, "page-size", "must be from 1 to 10000")
                .require(maxPages >= 1, "max-pages", "must be at least 1").orThrow();
    }
}
