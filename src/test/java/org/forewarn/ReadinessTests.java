package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.forewarn.testing.ApplicationProcess;
import org.forewarn.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The port opens before the start is over: the demo's users and cases are loaded after it. Readiness
 * (and the plain health a load balancer reads) says so, and until then the API answers 503, never a
 * 401 for a demo user who does not exist yet; once readiness says UP, the demo users sign in at the
 * first try. Watched from outside, on a Forewarn of its own.
 */
class ReadinessTests {

    private static final String DEMO_PASSWORD = "forewarn-demo";

    @Test
    void onceReadinessSaysUpTheDemoUsersAreThereAndBeforeThatTheApiSaysToWait() throws IOException {
        Path dataDir = TestEnvironment.get().freshDataDir("readiness");
        try (ApplicationProcess app = ApplicationProcess.launch(dataDir, Map.of(), "--demo")) {
            List<String> violations = new ArrayList<>();
            AtomicInteger toldToWait = new AtomicInteger();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
                int health;
                try {
                    health = status(app.get("/actuator/health", null, null));
                } catch (IOException portNotOpenYet) {
                    return false;
                }
                int readiness = status(app.get("/actuator/health/readiness", null, null));
                // Readiness only ever goes from refusing to accepting, so health asked first cannot be ahead.
                if (health == 200 && readiness != 200) {
                    violations.add("health said UP before readiness did");
                }
                if (readiness == 200) {
                    return true;
                }
                assertThat(readiness).isEqualTo(503);
                HttpResponse<String> me = app.get("/api/v1/me", "analyst", DEMO_PASSWORD);
                if (me.statusCode() == 503) {
                    toldToWait.incrementAndGet();
                    assertThat(me.headers().firstValue("Retry-After")).isPresent();
                } else if (me.statusCode() != 200) {
                    violations.add("GET /api/v1/me during the start: " + me.statusCode() + " " + me.body());
                }
                return false;
            });

            HttpResponse<String> me = app.get("/api/v1/me", "analyst", DEMO_PASSWORD);
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"analyst\"");
            assertThat(violations).isEmpty();
            assertThat(toldToWait.get()).as("requests answered 503 while the demo was loading").isPositive();
            for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
                HttpResponse<String> open = app.get(probe, null, null);
                assertThat(open.statusCode()).as(probe).isEqualTo(200);
                assertThat(open.body()).as(probe).contains("\"status\":\"UP\"");
            }
            // The demo's documented metrics credential.
            assertThat(app.get("/actuator/prometheus", "prometheus", DEMO_PASSWORD).body())
                    .contains("forewarn_audit_chain_valid");
            assertThat(app.output()).contains("curl -u prometheus:forewarn-demo");
        }
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }
}
