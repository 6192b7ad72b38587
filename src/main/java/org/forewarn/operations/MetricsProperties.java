package org.forewarn.operations;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may scrape {@code /actuator/prometheus}, and how fresh the gauges that cost a query are.
 *
 * @param username the metrics credential's user name (HTTP Basic); not a Forewarn account
 * @param password its password ({@code FOREWARN_METRICS_PASSWORD}); unset: the metrics stay closed
 *                 (in a demo: {@link MetricsCredential#DEMO_PASSWORD}). At least 12 characters: unlike a
 *                 person's sign-in it is not throttled, so it must be too long to guess
 * @param refresh  gauges computed from the database (the due queue) are recomputed at most this often,
 *                 however often they are scraped (and once for all of them within a scrape)
 */
@ConfigurationProperties("forewarn.metrics")
public record MetricsProperties(@DefaultValue("prometheus") String username, String password,
                                @DefaultValue("30s") Duration refresh) {

    static final int MIN_PASSWORD_LENGTH = 12;

    public MetricsProperties {
        SettingChecks.of("forewarn.metrics")
                .notBlank(username, "username")
                .require(username == null || !username.contains(":"), "username", "must not contain ':'")
                .require(password == null || password.isEmpty() || password.length() >= MIN_PASSWORD_LENGTH,
                        "password", "must be at least " + MIN_PASSWORD_LENGTH + " characters long")
                .positive(refresh, "refresh")
                .orThrow();
        password = password == null || password.isEmpty() ? null : password;
    }
}
