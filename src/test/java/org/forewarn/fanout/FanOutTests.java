package org.forewarn.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.LogCapture;
import org.forewarn.testing.TestUsers;
import org.forewarn.testing.WebhookSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * Fan-out against the real database, SMTP server and HTTP receivers. Each test works in its own
 * patch of the globe, so people enrolled by other tests are never in its area.
 */
class FanOutTests extends IntegrationTest {

    /**
     * Seeded, so a failure can be replayed: run with {@code -Dforewarn.test.seed=<the seed printed>}.
     * The patches are distinct cells of a 1-degree grid in the southern hemisphere (drawn without
     * repeats), so two tests never share people, and nobody other tests enrol (Moscow, Paris, the
     * demo) is ever in one, whatever the seed.
     */
    private static final long SEED = Long.getLong("forewarn.test.seed", 20240322L);
    private static final java.util.Random RANDOM = new java.util.Random(SEED);
    private static final java.util.Set<Integer> CELLS_TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        System.out.println("FanOutTests seed: " + SEED);
    }

    double lat;
    double lon;
    String hook;

    @LocalServerPort
    int port;

    @BeforeEach
    void somewhereOfItsOwn() {
        int cell;
        do {
            cell = RANDOM.nextInt(60 * 340);
        } while (!CELLS_TAKEN.add(cell));
        // The cell's centre, so the test's 0.2-degree square stays well inside it.
        lat = -60 + cell / 340 + 0.5;
        lon = -170 + cell % 340 + 0.5;
        hook = "/person/" + new UUID(RANDOM.nextLong(), RANDOM.nextLong());
    }

    /** A square about 20 km across around the test's spot. */
    private Map<String, Object> area() {
        double d = 0.1;
        return Map.of("description", "Test area", "polygon", List.of(List.of(lat - d, lon - d),
                List.of(lat - d, lon + d), List.of(lat + d, lon + d), List.of(lat + d, lon - d)));
    }

    private String enroll(String name, List<Map<String, Object>> channels, List<Map<String, Object>> locations) {
        return api.as(CONSULAR).post("/api/v1/enrollments", Map.of("name", name, "language", "en",
                "channels", channels, "locations", locations)).expect(201).id();
    }

    private Map<String, Object> webhook(String who) {
        return Map.of("type", "WEBHOOK", "address", env.webhooks.url(hook + "/" + who));
    }

    private Map<String, Object> at(double dLat, double dLon) {
        return Map.of("lat", lat + dLat, "lon", lon + dLon);
    }

    private Map<String, Object> trip(double dLat, double dLon, Instant from, Instant to) {
        return Map.of("label", "trip", "lat", lat + dLat, "lon", lon + dLon, "validFrom", from.toString(),
                "validTo", to.toString());
    }

    private String publish(Map<String, Object> area) {
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("area", area);
        String id = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);
        return id;
    }

    private JsonNode completed(String alert) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/fanout").expect(200).json(),
                        f -> "COMPLETED".equals(f.get("status").asString()));
    }

    private List<String> received(String who) {
        return env.webhooks.receivedAt(hook + "/" + who).stream().map(r -> r.header("Idempotency-Key")).toList();
    }

    @Test
    void reachesEveryoneWhoseLocationIsValidNowInsideTheAreaAndNobodyElse() {
        Instant now = Instant.now();
        enroll("inside", List.of(webhook("inside")), List.of(at(0, 0)));
        enroll("outside", List.of(webhook("outside")), List.of(at(0.5, 0.5)));
        enroll("on a trip here now", List.of(webhook("trip-now")),
                List.of(at(0.5, 0.5), trip(0.05, 0.05, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)))));
        enroll("was here last month", List.of(webhook("trip-past")),
                List.of(trip(0.05, 0.05, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(30)))));
        enroll("comes next month", List.of(webhook("trip-future")),
                List.of(trip(0.05, 0.05, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(40)))));
        enroll("two places inside", List.of(webhook("twice")), List.of(at(0.01, 0.01), at(-0.01, -0.01)));
        enroll("just outside the corner", List.of(webhook("corner")), List.of(at(0.1001, 0.1001)));

        String alert = publish(area());
        JsonNode fanout = completed(alert);

        assertThat(fanout.get("people").asLong()).isEqualTo(3);
        assertThat(fanout.get("messages").asLong()).isEqualTo(3);
        assertThat(fanout.get("delivered").asLong()).isEqualTo(3);
        assertThat(fanout.get("queued").asLong()).isZero();
        assertThat(received("inside")).hasSize(1);
        assertThat(received("trip-now")).hasSize(1);
        assertThat(received("twice")).hasSize(1);
        for (String nobody : List.of("outside", "trip-past", "trip-future", "corner")) {
            assertThat(received(nobody)).as(nobody).isEmpty();
        }
        JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(env.webhooks.receivedAt(hook + "/inside").get(0).body());
        assertThat(body.get("alertId").asString()).isEqualTo(alert);
        assertThat(body.get("headline").asString()).contains("imminent plans");
    }

    @Test
    void everyChannelOfAPersonGetsItOnceWithItsIdempotencyKey() throws Exception {
        String email = "p-" + UUID.randomUUID() + "@example.org";
        String phone = "+7916" + (1_000_000 + RANDOM.nextInt(8_999_999));
        String person = enroll("three channels", List.of(webhook("all"), Map.of("type", "EMAIL", "address", email),
                Map.of("type", "SMS", "address", phone)), List.of(at(0, 0)));

        String alert = publish(area());
        JsonNode fanout = completed(alert);

        assertThat(fanout.get("messages").asLong()).isEqualTo(3);
        assertThat(fanout.get("delivered").asLong()).isEqualTo(1);
        assertThat(fanout.get("sent").asLong()).isEqualTo(2);
        String prefix = "forewarn-alert-" + alert + "-" + person + "-";
        assertThat(received("all")).containsExactly(prefix + "webhook");
        List<WebhookSink.Received> sms = env.webhooks.receivedAt("/sms-gateway").stream()
                .filter(r -> r.body().contains(phone)).toList();
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).header("Idempotency-Key")).isEqualTo(prefix + "sms");
        assertThat(sms.get(0).body()).contains("U.S. Embassy Moscow", "/alerts/" + alert);
        MimeMessage mail = Arrays.stream(env.smtp.getReceivedMessages())
                .filter(m -> Arrays.toString(uncheckedRecipients(m)).contains(email)).findFirst().orElseThrow();
        assertThat(mail.getHeader("Idempotency-Key")[0]).isEqualTo(prefix + "email");
        assertThat(mail.getSubject()).contains("imminent plans");

        JsonNode deliveries = api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/deliveries").expect(200).json()
                .get("items");
        assertThat(deliveries.findValuesAsString("status")).containsExactlyInAnyOrder("DELIVERED", "SENT", "SENT");
        api.as(ANALYST).get("/api/v1/alerts/" + alert + "/deliveries").expect(403);
        api.as(ANALYST).get("/api/v1/alerts/" + alert + "/fanout").expect(200);
    }

    @Test
    void circleAreasMatchByDistance() {
        enroll("800 m away", List.of(webhook("near")), List.of(at(0.0072, 0)));
        enroll("3 km away", List.of(webhook("far")), List.of(at(0.027, 0)));

        String alert = publish(Map.of("description", "1 km around the venue",
                "circle", Map.of("lat", lat, "lon", lon, "radiusKm", 1)));
        completed(alert);

        assertThat(received("near")).hasSize(1);
        assertThat(received("far")).isEmpty();
    }

    @Test
    void failingReceiverIsRetriedUnderTheSameKeyAndARefusalFailsWithItsReason() {
        env.webhooks.script(hook + "/flaky", 503, 502);
        env.webhooks.script(hook + "/gone", 410);
        enroll("flaky", List.of(webhook("flaky")), List.of(at(0, 0)));
        enroll("gone", List.of(webhook("gone")), List.of(at(0.01, 0)));

        String alert = publish(area());
        JsonNode fanout = completed(alert);

        assertThat(received("flaky")).hasSize(3).containsOnly(received("flaky").get(0));
        assertThat(received("gone")).hasSize(1);
        assertThat(fanout.get("delivered").asLong()).isEqualTo(1);
        assertThat(fanout.get("failed").asLong()).isEqualTo(1);
        JsonNode failed = api.as(CONSULAR).get("/api/v1/alerts/" + alert + "/deliveries?status=FAILED").expect(200)
                .json().get("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("lastError").asString()).contains("HTTP 410");
    }

    @Test
    void anUpdateReachesThePeopleInItsArea() {
        enroll("first area", List.of(webhook("a")), List.of(at(0, 0)));
        enroll("moved area", List.of(webhook("b")), List.of(at(0.3, 0)));
        String first = publish(area());
        completed(first);

        String update = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update", Map.of("area",
                Map.of("description", "Further north", "circle", Map.of("lat", lat + 0.3, "lon", lon, "radiusKm", 5))))
                .expect(201).id();
        completed(update);

        assertThat(received("a")).hasSize(1);
        assertThat(received("b")).hasSize(1).allMatch(k -> k.contains(update));
    }

    @Test
    void progressStreamsAsServerSentEventsUntilComplete() throws Exception {
        List<Map<String, Object>> locations = new ArrayList<>();
        locations.add(at(0, 0));
        for (int i = 0; i < 20; i++) {
            enroll("p" + i, List.of(webhook("many")), locations);
        }
        String alert = publish(area());

        MvcResult stream = mvc.perform(get("/api/v1/alerts/" + alert + "/fanout/stream")
                .with(httpBasic(CONSULAR, TestUsers.PASSWORD))).andReturn();

        String events = await().atMost(Duration.ofSeconds(30)).until(
                () -> stream.getResponse().getContentAsString(), body -> body.contains("\"status\":\"COMPLETED\""));
        assertThat(stream.getResponse().getContentType()).startsWith("text/event-stream");
        assertThat(events).startsWith("event:progress").contains("\"delivered\":20");
    }

    @Test
    void aStreamOpenedOnAFinishedFanOutSendsTheFinalProgressAndEndsWithoutAnError() throws Exception {
        String alert = publish(area());
        completed(alert);

        try (LogCapture logs = LogCapture.start()) {
            // Several times: the first poll used to run before the handle to its own task was set.
            for (int i = 0; i < 10; i++) {
                List<String> events = progressEvents(alert, () -> { });

                assertThat(events).hasSize(1);
                assertThat(events.get(0)).contains("\"status\":\"COMPLETED\"", "\"alertId\":\"" + alert + "\"");
            }
            assertThat(logs.warningsAndErrors()).isEmpty();
        }
    }

    @Test
    void aStreamOpenedOnARunningFanOutFollowsItUntilItCompletesWithoutAnError() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        ExecutorService threads = Executors.newCachedThreadPool();
        HttpServer heldReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        heldReceiver.createContext("/", exchange -> { // holds every webhook until the stream has begun
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                answer.await(30, TimeUnit.SECONDS);
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        heldReceiver.setExecutor(threads);
        heldReceiver.start();
        try {
            for (int i = 0; i < 3; i++) {
                enroll("held" + i, List.of(Map.of("type", "WEBHOOK", "address",
                        "http://127.0.0.1:" + heldReceiver.getAddress().getPort() + "/held/" + i)), List.of(at(0, 0)));
            }
            String alert = publish(area());

            try (LogCapture logs = LogCapture.start()) {
                // Several watchers at once, as in an operations room; the receiver answers once each has seen
                // the fan-out running.
                int watchers = 5;
                CountDownLatch started = new CountDownLatch(watchers);
                threads.submit(() -> {
                    started.await();
                    answer.countDown();
                    return null;
                });
                List<Future<List<String>>> streams = new ArrayList<>();
                for (int i = 0; i < watchers; i++) {
                    streams.add(threads.submit(() -> progressEvents(alert, started::countDown)));
                }
                // And one who closes the page after the first event: the server notices and stops quietly.
                String leaver = firstEventThenLeave(alert);
                assertThat(leaver).doesNotContain("\"status\":\"COMPLETED\"");

                for (Future<List<String>> stream : streams) {
                    List<String> events = stream.get();
                    assertThat(events.get(0)).doesNotContain("\"status\":\"COMPLETED\"");
                    assertThat(events.get(events.size() - 1)).contains("\"status\":\"COMPLETED\"", "\"delivered\":3");
                    assertThat(events.subList(0, events.size() - 1))
                            .noneMatch(e -> e.contains("\"status\":\"COMPLETED\""));
                }
                assertThat(logs.warningsAndErrors()).isEmpty();
            }
        } finally {
            answer.countDown();
            heldReceiver.stop(0);
            threads.shutdownNow();
        }
    }

    private String firstEventThenLeave(String alert) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(streamRequest(alert),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            return lines.filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
        }
    }

    private HttpRequest streamRequest(String alert) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/" + alert
                        + "/fanout/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CONSULAR + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build();
    }

    /**
     * The progress events of the stream over real HTTP, read until the server ends it; the last
     * event must be {@code done}, so that a browser's EventSource closes instead of reconnecting.
     *
     * @param afterFirst run once the first event has arrived
     */
    private List<String> progressEvents(String alert, Runnable afterFirst) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(streamRequest(alert),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        String name = null;
        boolean done = false;
        try (Stream<String> lines = response.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    name = line.substring(6);
                    assertThat(done).as("nothing after done").isFalse();
                    done = name.equals("done");
                } else if (line.startsWith("data:") && !done) {
                    assertThat(name).isEqualTo("progress");
                    events.add(line.substring(5));
                    if (events.size() == 1) {
                        afterFirst.run();
                    }
                }
            }
        }
        assertThat(done).as("the stream ends with a done event").isTrue();
        return events;
    }

    @Test
    void nobodyInTheAreaCompletesAtOnce() {
        String alert = publish(area());

        JsonNode fanout = completed(alert);

        assertThat(fanout.get("messages").asLong()).isZero();
    }

    private static jakarta.mail.Address[] uncheckedRecipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            return new jakarta.mail.Address[0];
        }
    }

}
