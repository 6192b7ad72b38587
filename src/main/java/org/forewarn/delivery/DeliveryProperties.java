package org.forewarn.delivery;

import java.time.Duration;
import java.util.Map;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.RetryPolicy;
import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery engine's settings ({@code forewarn.delivery.*}).
 *
 * @param maxAttempts    a warning's attempts per round before its delivery is FAILED
 * @param initialBackoff a warning's wait after its first failed attempt; doubles each time, with jitter
 * @param maxBackoff     the longest wait between a warning's attempts
 * @param pollInterval   how often the warning worker looks for due deliveries (it is also woken on send)
 * @param lease          how long a warning's attempt may take before another worker may retry it
 * @param httpTimeout    connect and response timeout of every HTTP channel call (webhook, SMS gateway)
 * @param emailFrom      the From address of every e-mail
 * @param smsGatewayUrl  the HTTP SMS gateway text messages are POSTed to ({@code {to, text, reference}});
 *                       unset, SMS attempts are retried until it is configured
 * @param pipelinedOrigins receivers ({@code http(s)://host[:port]}) known to take HTTP/1.1 pipelining: a
 *                       fan-out sends them up to {@code pipeline-depth} webhooks back to back per connection
 *                       instead of one round trip each
 * @param pipelineDepth  how many requests go out together on a pipelined connection
 * @param channels       per channel ({@code email}, {@code sms}, {@code webhook}): {@code rate-per-second}
 *                       and {@code max-in-flight}, overriding the channel's own defaults
 */
@ConfigurationProperties("forewarn.delivery")
record DeliveryProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration initialBackoff,
                          @DefaultValue("30m") Duration maxBackoff, @DefaultValue("2s") Duration pollInterval,
                          @DefaultValue("2m") Duration lease, @DefaultValue("10s") Duration httpTimeout,
                          @DefaultValue("forewarn@localhost") String emailFrom, String smsGatewayUrl,
                          java.util.List<String> pipelinedOrigins, @DefaultValue("64") int pipelineDepth,
                          Map<ChannelType, ChannelSettings> channels) {

    DeliveryProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        pipelinedOrigins = pipelinedOrigins == null ? java.util.List.of()
                : pipelinedOrigins.stream().map(DeliveryProperties::origin).toList();

        SettingChecks checks = SettingChecks.of("forewarn.delivery").atLeast(maxAttempts, 1, "max-attempts")
                .positive(initialBackoff, "initial-backoff").positive(maxBackoff, "max-backoff")
                .positive(pollInterval, "poll-interval").positive(lease, "lease").positive(httpTimeout, "http-timeout")
                .notBlank(emailFrom, "email-from").between(pipelineDepth, 1, 256, "pipeline-depth");
        channels.forEach((channel, limit) -> checks
                .atLeast(limit.ratePerSecond() == null ? 1 : limit.ratePerSecond(), 1,
                        "channels." + channel.name().toLowerCase(java.util.Locale.ROOT) + ".rate-per-second")
                .atLeast(limit.maxInFlight() == null ? 1 : limit.maxInFlight(), 1,
                        "channels." + channel.name().toLowerCase(java.util.Locale.ROOT) + ".max-in-flight"));
        checks.orThrow();
    }

    private static String origin(String url) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("forewarn.delivery.pipelined-origins: " + url
                    + " is not an http(s)://host[:port] origin");
        }
        return PipelinedConnection.originOf(uri);
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }

    /** The channel's own limit, with whatever is configured for it instead. */
    ChannelLimit limit(DeliveryChannel channel) {
        ChannelLimit own = channel.defaultLimit();
        ChannelSettings set = channels.get(channel.type());
        if (set == null) {
            return own;
        }
        return new ChannelLimit(set.ratePerSecond() != null ? set.ratePerSecond() : own.ratePerSecond(),
                set.maxInFlight() != null ? set.maxInFlight() : own.maxInFlight());
    }

    /** One channel's configured throttle; either part left out keeps the channel's own default. */
    record ChannelSettings(Integer ratePerSecond, Integer maxInFlight) {
    }
}
