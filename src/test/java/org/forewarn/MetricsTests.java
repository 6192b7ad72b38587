package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToDoubleFunction;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Scrape;
import org.forewarn.testing.TestUsers;
import org.forewarn.warning.Sweeps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * What Prometheus reads, scraped over HTTP with the metrics credential: each meter moves by exactly what
 * was done (the suite shares one application, so every test compares with a scrape taken before).
 * Who may scrape at all is {@link SecurityMatrixTests}' business.
 */
class MetricsTests extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    ScenarioClock clock;
    @Autowired
    ApplicationContext context;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void theScrapeIsPrometheusTextWithForewarnsMeters() {
        var response = Scrape.get(port, "/actuator/prometheus", "prometheus", METRICS_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE forewarn_deliveries_total counter",
                "# TYPE forewarn_due_items gauge", "# TYPE forewarn_audit_chain_valid gauge",
                "# TYPE forewarn_login_failures_total counter", "# TYPE forewarn_fanout_backlog_messages gauge");
        assertThat(Scrape.parse(response.body()).value("forewarn_ready")).isEqualTo(1.0);
        // Low cardinality: no person, case or recipient in any label.
        assertThat(response.body()).doesNotContain(TestUsers.ANALYST, "Recipient ", "Plot against");
    }

    @Test
    void warningDeliveriesAreCountedByChannelAndOutcome() {
        String path = "/metrics-refusing/" + UUID.randomUUID();
        env.webhooks.script(path, 503, 404);
        Scrape before = scrape();
        String threat = cases.threatWithDuty();
        String byEmail = cases.draft(threat, cases.recipient("ALLY",
                Fixtures.emailChannel("m-" + UUID.randomUUID() + "@example.org")), "EMAIL");
        String byWebhook = cases.draft(threat, cases.recipient("ALLY",
                Fixtures.webhookChannel(env.webhooks.url(path))), "WEBHOOK");

        api.as(LIAISON).post("/api/v1/warnings/" + byEmail + "/send", null).expect(200);
        api.as(LIAISON).post("/api/v1/warnings/" + byWebhook + "/send", null).expect(200);
        awaitState(byEmail, "DELIVERED");
        awaitState(byWebhook, "FAILED");

        // 503 is worth a retry, 404 is a refusal: one retry, then given up.
        awaitIncrease(before, 1, s -> deliveries(s, "warning", "email", "delivered"));
        awaitIncrease(before, 1, s -> deliveries(s, "warning", "webhook", "retry"));
        awaitIncrease(before, 1, s -> deliveries(s, "warning", "webhook", "failed"));
        Scrape after = scrape();
        assertThat(deliveries(after, "warning", "webhook", "delivered"))
                .isEqualTo(deliveries(before, "warning", "webhook", "delivered"));
        assertThat(deliveries(after, "warning", "email", "failed"))
                .isEqualTo(deliveries(before, "warning", "email", "failed"));
    }

    @Test
    void aHandOverIsADeliveryOnTheLiaisonChannel() {
        Scrape before = scrape();
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.liaisonChannel()), "LIAISON");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        awaitIncrease(before, 1, s -> deliveries(s, "warning", "liaison", "delivered"));
    }

    @Test
    void anUnansweredWarningCountsAsAMissedAcknowledgmentDeadline() {
        // Warnings other tests delivered and left unanswered go first, so the sweep below finds only this one.
        clock.at(Instant.now().plus(Duration.ofHours(73)), () -> Sweeps.acknowledgments(context));
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        Scrape before = scrape();

        clock.at(Instant.now().plus(Duration.ofHours(73)), () -> Sweeps.acknowledgments(context));

        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state"))
                .isEqualTo("NO_RESPONSE");
        awaitIncrease(before, 1, s -> s.value("forewarn_warnings_unanswered_total"));
    }

    @Test
    void aFailedSignInIsCountedAndALockoutToo() {
        String name = "nobody-" + UUID.randomUUID();
        Api from = api.from(address());
        Scrape before = scrape();

        from.as(name, "not-the-password-1").get("/api/v1/me").expect(401);

        awaitIncrease(before, 1, s -> s.value("forewarn_login_failures_total", "reason", "bad_credentials"));

        // Nine more failures, each after the wait the last one earned: the tenth locks the name out.
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 1; i <= 9; i++) {
            clock.at(t0.plus(Duration.ofMinutes(2L * i)),
                    () -> from.as(name, "not-the-password-1").get("/api/v1/me").expect(401));
        }
        clock.at(t0.plus(Duration.ofMinutes(19)),
                () -> from.as(name, "not-the-password-1").get("/api/v1/me").expect(429));

        awaitIncrease(before, 1, s -> s.value("forewarn_login_lockouts_total", "kind", "account"));
        awaitIncrease(before, 10, s -> s.value("forewarn_login_failures_total", "reason", "bad_credentials"));
        awaitIncrease(before, 1, s -> s.value("forewarn_login_failures_total", "reason", "throttled"));
    }

    @Test
    void dueGaugesFollowTheQueue() {
        Scrape before = scrape();
        String threat = cases.threat();
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn()).expect(201);
        // A duty to warn approved two days ago, and nothing sent: its 24 h deadline is missed.
        clock.at(Instant.now().minus(Duration.ofHours(48)), cases::threatWithDuty);

        awaitIncrease(before, 1, s -> due(s, "forewarn_due_items", "DETERMINATION_AWAITING_APPROVAL"));
        awaitIncrease(before, 1, s -> due(s, "forewarn_due_items", "WARNING_DEADLINE_MISSED"));
        awaitIncrease(before, 1, s -> due(s, "forewarn_due_items_overdue", "WARNING_DEADLINE_MISSED"));

        // And they count what the queue itself holds (an approver sees every item of every case).
        JsonNode queue = api.as(APPROVER).all("/api/v1/due");
        Scrape now = scrape();
        for (String kind : new String[] {"DETERMINATION_AWAITING_APPROVAL", "WARNING_DEADLINE_MISSED"}) {
            long inQueue = queue.findValuesAsString("kind").stream().filter(kind::equals).count();
            assertThat(due(now, "forewarn_due_items", kind)).as(kind).isEqualTo(inQueue);
        }
    }

    @Test
    void theAuditGaugesReportTheLastVerification() {
        double asked = Instant.now().toEpochMilli() / 1e3;

        JsonNode verification = api.as(AUDITOR).get("/api/v1/audit/verify").expect(200).json();

        assertThat(verification.get("valid").asBoolean()).isTrue();
        Scrape scrape = scrape();
        assertThat(scrape.value("forewarn_audit_chain_valid")).isEqualTo(1.0);
        assertThat(scrape.value("forewarn_audit_chain_verified_entries"))
                .isEqualTo(verification.get("entries").asDouble()).isPositive();
        assertThat(scrape.value("forewarn_audit_chain_last_verification_timestamp_seconds"))
                .isGreaterThanOrEqualTo(Math.floor(asked));
        assertThat(scrape.value("forewarn_audit_chain_verification_duration_seconds")).isPositive();
    }

    private Scrape scrape() {
        return Scrape.of(port);
    }

    private static double deliveries(Scrape scrape, String client, String channel, String outcome) {
        return scrape.value("forewarn_deliveries_total", "client", client, "channel", channel, "outcome", outcome);
    }

    private static double due(Scrape scrape, String name, String kind) {
        return scrape.value(name, "kind", kind);
    }

    /** Waits until the meter is exactly {@code by} above what {@code before} read (not more). */
    private void awaitIncrease(Scrape before, double by, ToDoubleFunction<Scrape> meter) {
        double expected = meter.applyAsDouble(before) + by;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> meter.applyAsDouble(scrape()), value -> value >= expected);
        assertThat(meter.applyAsDouble(scrape())).isEqualTo(expected);
    }

    private void awaitState(String warning, String state) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state"),
                        state::equals);
    }

    /** A client address of this test's own, so its failures throttle nobody else's. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
