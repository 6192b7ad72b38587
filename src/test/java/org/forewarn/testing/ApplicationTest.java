package org.forewarn.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application against the embedded PostgreSQL, a real SMTP server and a real webhook
 * receiver, served on a random port (the browser tests use it). Subclasses say which database:
 * {@link IntegrationTest} shares one among nearly all tests; a class that needs a database of its
 * own registers {@link #environment(DynamicPropertyRegistry, Path)} with another data directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ApplicationTest {

    protected static final TestEnvironment env = TestEnvironment.get();
    /** The metrics credential's password in these tests (the user name is the default, {@code prometheus}). */
    public static final String METRICS_PASSWORD = "metrics-test-password";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private TestUsers users;

    protected Api api;

    protected static void environment(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("forewarn.data-dir", dataDir::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> env.smtp.getSmtp().getPort());
        registry.add("forewarn.delivery.poll-interval", () -> "200ms");
        registry.add("forewarn.delivery.initial-backoff", () -> "100ms");
        registry.add("forewarn.delivery.max-backoff", () -> "400ms");
        registry.add("forewarn.delivery.max-attempts", () -> "3");
        registry.add("forewarn.delivery.http-timeout", () -> "3s");
        registry.add("forewarn.alerting.fan-out.poll-interval", () -> "100ms");
        registry.add("forewarn.alerting.fan-out.lease", () -> "10s");
        registry.add("forewarn.alerting.fan-out.initial-backoff", () -> "100ms");
        registry.add("forewarn.alerting.fan-out.max-backoff", () -> "300ms");
        registry.add("forewarn.alerting.fan-out.max-attempts", () -> "3");
        registry.add("forewarn.delivery.sms-gateway-url", () -> env.webhooks.url("/sms-gateway"));
        registry.add("forewarn.demo.inbox-url", () -> env.webhooks.url(""));
        // One analyst account drafts hundreds of warnings across the suite, faster than a person could:
        // the per-person allowance of tearline checks is raised for it (TearlineCheckLimitsTests checks
        // that whatever the allowance is, it holds).
        registry.add("forewarn.warning.tearline-checks-per-minute", () -> "600");
        // The sweep is driven explicitly by the tests that need it.
        registry.add("forewarn.warning.sweep-interval", () -> "1h");
        registry.add("forewarn.metrics.password", () -> METRICS_PASSWORD);
        // Gauges that cost a query are recomputed this often (the default is 30 s).
        registry.add("forewarn.metrics.refresh", () -> "1s");
    }

    @BeforeEach
    void signInAs() {
        users.ensure();
        api = new Api(mvc);
    }
}
