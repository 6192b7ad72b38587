package org.forewarn.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.Scrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The fan-out meters: the backlog grows by a fan-out's messages while nobody sends them, and comes back
 * down as they go out, each counted once as a delivery of an alert.
 */
class FanOutMetricsTests extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    FanOutSender sender;

    @Test
    void theBacklogHoldsWhatIsQueuedUntilItIsSentAndEachMessageIsCounted() {
        // North Pacific, far from every place other tests enrol people (FanOutTests keeps to the south).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double lat = 30 + random.nextInt(15) + random.nextDouble() * 0.5;
        double lon = -170 + random.nextInt(25) + random.nextDouble() * 0.5;
        String hook = "/metrics-person/" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            api.as(CONSULAR).post("/api/v1/enrollments", Map.of("name", "Person " + i, "language", "en",
                    "channels", List.of(Map.of("type", "WEBHOOK", "address", env.webhooks.url(hook + "/" + i))),
                    "locations", List.of(Map.of("lat", lat + i * 0.001, "lon", lon)))).expect(201);
        }
        Scrape before = Scrape.of(port);
        double backlog = before.value("forewarn_fanout_backlog_messages");
        double running = before.value("forewarn_fanouts_running");
        double delivered = delivered(before);

        sender.stop();
        String alert;
        try {
            alert = publish(lat, lon);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Scrape.of(port).value("forewarn_fanout_backlog_messages"), b -> b == backlog + 3);
            assertThat(Scrape.of(port).value("forewarn_fanouts_running")).isEqualTo(running + 1);
            assertThat(delivered(Scrape.of(port))).isEqualTo(delivered);
        } finally {
            sender.start();
        }

        JsonNode fanout = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/fanout").expect(200).json(),
                        f -> "COMPLETED".equals(f.get("status").asString()));
        assertThat(fanout.get("delivered").asLong()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> delivered(Scrape.of(port)), d -> d >= delivered + 3);
        Scrape after = Scrape.of(port);
        assertThat(delivered(after)).isEqualTo(delivered + 3);
        assertThat(after.value("forewarn_fanout_backlog_messages")).isEqualTo(backlog);
        assertThat(after.value("forewarn_fanouts_running")).isEqualTo(running);
    }

    private String publish(double lat, double lon) {
        Map<String, Object> alert = Fixtures.embassyAlert();
        double d = 0.05;
        alert.put("area", Map.of("description", "Test area", "polygon", List.of(List.of(lat - d, lon - d),
                List.of(lat - d, lon + d), List.of(lat + d, lon + d), List.of(lat + d, lon - d))));
        String id = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);
        return id;
    }

    private static double delivered(Scrape scrape) {
        return scrape.value("forewarn_deliveries_total", "client", "alert", "channel", "webhook", "outcome",
                "delivered");
    }
}
