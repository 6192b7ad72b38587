package org.forewarn.demo;

import java.util.ArrayList;
import java.util.List;

import org.forewarn.identity.NewUser;
import org.forewarn.identity.UserAdministration;
import org.forewarn.operations.MetricsCredential;
import org.forewarn.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a demo ({@link DemoMode}: {@code --demo}): creates the demo users and replays the Crocus case,
 * once per data directory, in one transaction (all of it or none); with {@code --demo-scale=N}, then
 * adds the synthetic cases that are missing up to N; then prints where to go and how to sign in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final UserAdministration users;
    private final DemoPartner partner;
    private final CrocusScenario crocus;
    private final SyntheticCases synthetic;
    private final TransactionTemplate tx;
    private final DemoMode demo;
    private final Environment environment;
    private final MetricsCredential metrics;

    DemoLoader(UserAdministration users, DemoPartner partner, CrocusScenario crocus, SyntheticCases synthetic, TransactionTemplate tx,
            DemoMode demo, Environment environment, MetricsCredential metrics) {
        this.users = users;
        this.partner = partner;
        this.crocus = crocus;
        this.synthetic = synthetic;
        this.tx = tx;
        this.demo = demo;
        this.environment = environment;
        this.metrics = metrics;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        List<String> existing = load();
        String scaled = demo.scale() > 0 ? loadSynthetic(demo.scale()) : "";
        String port = port();
        System.out.println("""

                ==================================================================================
                 Forewarn demo is running: http://localhost:%s/
                   Console      open it in a browser and sign in; start as analyst: Threats > the Crocus case
                   API          http://localhost:%s/api/v1   (HTTP Basic)
                   OpenAPI      http://localhost:%s/v3/api-docs   Swagger UI: /swagger-ui.html
                 Demo logins, all with password '%s':
                   analyst  (ANALYST,  SECRET)        approver (APPROVER, TOP_SECRET)
                   liaison  (LIAISON,  SECRET)        consular (CONSULAR, CONFIDENTIAL)
                   auditor  (AUDITOR,  CONFIDENTIAL)  admin    (ADMIN,    UNCLASSIFIED)
                   reviewer (APPROVER, TOP_SECRET): a second approver, for what needs two
                   partner  (PARTNER): an allied service on the TAXII server, http://localhost:%s/taxii2/
                 Public alerts (no login): http://localhost:%s/alerts.atom  (the 2024 alert is in /alerts/archive.atom)
                 Try:  curl -u analyst:%s http://localhost:%s/api/v1/threats%s%s%s
                ==================================================================================
                """.formatted(port, port, port, DemoUsers.PASSWORD, port, port, DemoUsers.PASSWORD, port, metricsLine(port),
                scaled,
                existing.isEmpty() ? ""
                : "\n Already existed here, so they keep their own passwords: " + String.join(", ", existing)));
    }

    /**
     * Creates the demo users that are missing and replays the case unless it is already here.
     *
     * @return the demo usernames that already existed (they keep their own passwords)
     */
    List<String> load() {
        List<String> existing = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (NewUser user : DemoUsers.ALL) {
                if (!users.exists(user.username())) {
                    users.create(user);
                } else {
                    existing.add(user.username());
                }
            }
            if (!users.exists(DemoPartner.ACCOUNT)) {
                partner.create();
            } else {
                existing.add(DemoPartner.ACCOUNT);
            }
            if (!crocus.alreadyLoaded()) {
                // The demo population's phones are this server's demo inbox, unless another is configured.
                String inbox = demo.inboxUrl() != null ? demo.inboxUrl() : "http://127.0.0.1:" + port();
                CrocusScenario.Loaded loaded = crocus.load(inbox);
                log.info("Loaded the Crocus City Hall scenario: threat {}, warning {}, public alert {}",
                        loaded.threatId(), loaded.warningId(), loaded.alertId());
            }
        });
        return existing;
    }

    /**
     * Adds the synthetic cases missing up to {@code scale}, many to a transaction (a restart after an
     * interruption carries on from the last one committed).
     *
     * @return a line for the start-up message
     */
    String loadSynthetic(int scale) {
        SyntheticCases.Loaded loaded = synthetic.load(scale);
        if (loaded.added() > 0) {
            log.info("Added {} synthetic cases (there were {}) in {} s: {} cases/s", loaded.added(), loaded.before(),
                    loaded.took().toSeconds(), Math.round(loaded.perSecond()));
        }
        return "\n Synthetic cases: %,d (--demo-scale=%d); their titles end \"(%s <n>)\"".formatted(
                Math.max(loaded.before(), scale), scale, SyntheticCase.MARKER);
    }

    /** The metrics login when it is the documented demo one; a password somebody configured is not printed. */
    private String metricsLine(String port) {
        return metrics.demoPassword() ? "\n Metrics (Prometheus): curl -u %s:%s http://localhost:%s/actuator/prometheus"
                .formatted(metrics.username(), MetricsCredential.DEMO_PASSWORD, port) : "";
    }

    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
