package org.forewarn.fanout;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a published alert reaches enrolled people ({@code forewarn.alerting.fan-out.*}). How fast each
 * channel may send is the delivery engine's setting ({@code forewarn.delivery.channels.*}).
 *
 * @param workers        chunks sent at once by this process
 * @param lease          how long a claimed chunk is held before another worker (or node) may take it over
 * @param pollInterval   how often an idle worker looks for chunks (it is also woken when matching ends)
 * @param resumeInterval how often matching that never finished (a crash) is looked for
 * @param maxAttempts    attempts of one message before it is FAILED
 * @param initialBackoff wait after a message's first failed attempt (doubles each time, with jitter)
 * @param maxBackoff     the longest wait between a message's attempts
 * @param webhookSecret  if set, alert webhooks carry an HMAC signature made with it
 */
@ConfigurationProperties("forewarn.alerting.fan-out")
record FanOutProperties(@DefaultValue("4") int workers, @DefaultValue("60s") Duration lease,
                        @DefaultValue("1s") Duration pollInterval, @DefaultValue("5s") Duration resumeInterval,
                        @DefaultValue("6") int maxAttempts, @DefaultValue("5s") Duration initialBackoff,
                        @DefaultValue("10m") Duration maxBackoff, String webhookSecret) {

    FanOutProperties {
        SettingChecks.of("forewarn.alerting.fan-out").between(workers, 1, 64, "workers").positive(lease, "lease")
                .positive(pollInterval, "poll-interval").positive(resumeInterval, "resume-interval")
                .atLeast(maxAttempts, 1, "max-attempts").positive(initialBackoff, "initial-backoff")
                .positive(maxBackoff, "max-backoff").orThrow();
    }
}
