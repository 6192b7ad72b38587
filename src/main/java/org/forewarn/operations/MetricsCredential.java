package org.forewarn.operations;

import java.security.MessageDigest;

import org.forewarn.shared.DemoMode;
import org.forewarn.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one credential that may read the metrics: a user name and password of its own, so that a
 * scraper's configuration never holds a staff account's password, and a leaked scraper password opens
 * nothing but the metrics. With no password configured the metrics stay closed, except in a demo,
 * which uses the documented {@link #DEMO_PASSWORD} so that a new user can scrape it at once.
 */
@Component
public class MetricsCredential {

    /** The demo's metrics password, printed with the demo logins (README, docs/operations.md). */
    public static final String DEMO_PASSWORD = "forewarn-demo";

    private static final Logger log = LoggerFactory.getLogger(MetricsCredential.class);

    private final String username;
    private final byte[] passwordDigest;
    private final boolean demoPassword;

    MetricsCredential(MetricsProperties properties, DemoMode demo) {
        this.username = properties.username();
        this.demoPassword = properties.password() == null && demo.on();
        String password = demoPassword ? DEMO_PASSWORD : properties.password();
        this.passwordDigest = password == null ? null : Sha256.of(password);
        if (password == null) {
            log.info("Metrics (/actuator/prometheus) are closed: set FOREWARN_METRICS_PASSWORD "
                    + "(forewarn.metrics.password, at least {} characters) to let Prometheus scrape them as '{}'",
                    MetricsProperties.MIN_PASSWORD_LENGTH, username);
        } else {
            log.info("Metrics: /actuator/prometheus, HTTP Basic as '{}' with {}", username,
                    demoPassword ? "the demo password" : "the configured password (forewarn.metrics.password)");
        }
    }

    /** Whether a password is set, so that the metrics can be read at all. */
    public boolean open() {
        return passwordDigest != null;
    }

    public String username() {
        return username;
    }

    /** Whether this is a demo using {@link #DEMO_PASSWORD} (nobody configured another). */
    public boolean demoPassword() {
        return demoPassword;
    }

    /** Compares digests in constant time, so the answer's timing tells nothing about the password. */
    boolean matches(String givenUsername, String givenPassword) {
        if (passwordDigest == null || givenUsername == null || givenPassword == null) {
            return false;
        }
        boolean name = MessageDigest.isEqual(Sha256.of(givenUsername), Sha256.of(username));
        boolean password = MessageDigest.isEqual(Sha256.of(givenPassword), passwordDigest);
        return name & password;
    }

}
