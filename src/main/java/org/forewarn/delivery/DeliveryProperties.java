package org.forewarn.delivery;

import java.time.Duration;

import org.forewarn.shared.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAttempts    attempts per round before a delivery is marked FAILED
 * @param initialBackoff wait after the first failed attempt; doubles each time
 * @param maxBackoff     the longest wait between attempts
 * @param pollInterval   how often the worker looks for due deliveries (it is also woken on send)
 * @param lease          how long an attempt may take before another worker may retry it
 * @param webhookTimeout connect and response timeout of a webhook call
 * @param emailFrom      the From address of warning e-mails
 */
@ConfigurationProperties("forewarn.delivery")
record DeliveryProperties(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration pollInterval,
                          Duration lease, Duration webhookTimeout, String emailFrom) {

    DeliveryProperties {
        maxAttempts = maxAttempts != null ? maxAttempts : 8;
        initialBackoff = initialBackoff != null ? initialBackoff : Duration.ofSeconds(5);
        maxBackoff = maxBackoff != null ? maxBackoff : Duration.ofMinutes(30);
        pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(2);
        lease = lease != null ? lease : Duration.ofMinutes(2);
        webhookTimeout = webhookTimeout != null ? webhookTimeout : Duration.ofSeconds(10);
        emailFrom = emailFrom != null ? emailFrom : "forewarn@localhost";
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }
}
