package org.forewarn.alerting;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultValidity how long an alert lasts when no expiry is given (48 h)
 * @param capSender       the CAP {@code sender}: an address identifying this system, without spaces
 * @param publicUrl       the base URL the public reaches this server at, for links in CAP and Atom
 * @param feedTitle       the Atom feed's title
 * @param fanOut          how alerts are delivered to enrolled people
 */
@ConfigurationProperties("forewarn.alerting")
record AlertingProperties(Duration defaultValidity, String capSender, String publicUrl, String feedTitle,
                          FanOut fanOut) {

    AlertingProperties {
        defaultValidity = defaultValidity != null ? defaultValidity : Duration.ofHours(48);
        capSender = capSender != null ? capSender : "forewarn@localhost";
        publicUrl = publicUrl != null ? publicUrl.replaceAll("/+$", "") : "http://localhost:8080";
        feedTitle = feedTitle != null ? feedTitle : "Security alerts";
        fanOut = fanOut != null ? fanOut : new FanOut(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * @param batchSize      deliveries claimed at a time by the sender
     * @param lease          how long a claimed delivery is held before another sender may retry it
     * @param pollInterval   how often the sender looks for due deliveries
     * @param maxAttempts    attempts before a delivery is FAILED
     * @param initialBackoff wait after the first failed attempt (doubles each time)
     * @param maxBackoff     the longest wait between attempts
     * @param ratePerSecond  per channel (EMAIL, SMS, WEBHOOK): most messages started per second
     * @param maxInFlight    per channel: most messages under way at once
     * @param smsGatewayUrl  the HTTP SMS gateway messages to phones are POSTed to
     * @param webhookSecret  if set, alert webhooks carry an HMAC signature made with it
     */
    record FanOut(Integer batchSize, Duration lease, Duration pollInterval, Integer maxAttempts,
                  Duration initialBackoff, Duration maxBackoff, Map<String, Integer> ratePerSecond,
                  Map<String, Integer> maxInFlight, String smsGatewayUrl, String webhookSecret) {

        FanOut {
            batchSize = batchSize != null ? batchSize : 2000;
            lease = lease != null ? lease : Duration.ofSeconds(60);
            pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(1);
            maxAttempts = maxAttempts != null ? maxAttempts : 6;
            initialBackoff = initialBackoff != null ? initialBackoff : Duration.ofSeconds(5);
            maxBackoff = maxBackoff != null ? maxBackoff : Duration.ofMinutes(10);
            ratePerSecond = ratePerSecond != null ? Map.copyOf(ratePerSecond)
                    : Map.of("EMAIL", 200, "SMS", 100, "WEBHOOK", 50_000);
            maxInFlight = maxInFlight != null ? Map.copyOf(maxInFlight)
                    : Map.of("EMAIL", 8, "SMS", 16, "WEBHOOK", 64);
        }

        int rate(AlertChannel channel) {
            return ratePerSecond.getOrDefault(channel.name(), 100);
        }

        int inFlight(AlertChannel channel) {
            return maxInFlight.getOrDefault(channel.name(), 16);
        }
    }
}
