package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public documents are served from rendered bytes kept in memory — and yet a reader never
 * sees an old state: not after a publication, an update or a cancel, nor after an alert's expiry.
 * A conditional request answered 304 costs no database round trip, and every answer tells a
 * reverse proxy or CDN how long it may keep it.
 */
class PublicDocumentCacheTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    @Autowired
    PublicDocumentCache cache;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private String published(Map<String, Object> alert) {
        return new Cases(api).publishedAlert(alert);
    }

    private static List<String> documents(String id) {
        return List.of("/alerts.atom", "/alerts/archive.atom", "/alerts/" + id + ".cap", "/alerts/" + id);
    }

    private Api.Response read(String path) {
        return api.anonymous().get(path).expect(200);
    }

    @Test
    void anUpdateAndACancelShowAtOnceInTheFeedsAndPagesAlreadyServedFromMemory() {
        String first = published(Fixtures.embassyAlert());
        for (String path : documents(first)) {
            read(path);
        }
        long hits = cache.stats().hits();
        String pageBefore = read("/alerts/" + first).body();
        assertThat(cache.stats().hits()).as("the page is now served from memory").isEqualTo(hits + 1);
        assertThat(pageBefore).doesNotContain("has been updated");

        String update = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update",
                Map.of("headline", "Updated: avoid the city centre")).expect(201).id();

        String feed = read("/alerts.atom").body();
        assertThat(feed).contains(update, "Updated: avoid the city centre").doesNotContain(first);
        assertThat(read("/alerts/archive.atom").body()).contains(first, update);
        assertThat(read("/alerts/" + first).body()).contains("This alert has been updated", "/alerts/" + update);

        read("/alerts/" + update);
        String cancel = api.as(CONSULAR).post("/api/v1/alerts/" + update + "/cancel",
                Map.of("note", "The threat has passed.")).expect(201).id();

        assertThat(read("/alerts.atom").body()).doesNotContain(first, update, cancel);
        assertThat(read("/alerts/archive.atom").body()).contains(first, update, cancel);
        assertThat(read("/alerts/" + update).body()).contains("This alert has been cancelled.");
        assertThat(read("/alerts/" + cancel + ".cap").body()).contains("<msgType>Cancel</msgType>");
    }

    @Test
    void aNewAlertJoinsTheCurrentFeedAlreadyServedFromMemory() {
        read("/alerts.atom");
        read("/alerts.atom");

        String id = published(Fixtures.embassyAlert());

        assertThat(read("/alerts.atom").body()).contains(id);
        assertThat(read("/alerts/archive.atom").body()).contains(id);
    }

    @Test
    void anAlertLeavesTheCurrentFeedAtItsExpiryAndItsPageSaysSo() {
        Instant expires = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("expires", expires.toString());
        String id = published(alert);
        assertThat(read("/alerts.atom").body()).contains(id);
        assertThat(read("/alerts/" + id).body()).doesNotContain("expired");

        Instant justBefore = expires.minusSeconds(1);
        assertThat(at(justBefore, () -> read("/alerts.atom").body())).contains(id);
        assertThat(at(justBefore, () -> read("/alerts.atom").body())).as("from memory, still before").contains(id);
        assertThat(at(justBefore, () -> read("/alerts/" + id).body())).doesNotContain("expired");

        assertThat(at(expires, () -> read("/alerts.atom").body())).doesNotContain(id);
        assertThat(at(expires, () -> read("/alerts/" + id).body())).contains("This alert expired on");
        var archive = at(expires, () -> read("/alerts/archive.atom"));
        assertThat(archive.body()).contains(id);
        assertThat(httpDate(archive.header("Last-Modified"))).as("the archive changed when it expired")
                .isAfterOrEqualTo(expires);

        // Back at the real time, the alert is live again: nothing rendered "later" is served earlier.
        assertThat(read("/alerts.atom").body()).contains(id);
        assertThat(read("/alerts/" + id).body()).doesNotContain("expired");
    }

    @Test
    void aConditionalRequestIsAnswered304FromMemoryWithoutTheDatabase() {
        String id = published(Fixtures.embassyAlert());

        for (String path : documents(id)) {
            var fresh = read(path);
            String etag = fresh.header("ETag");
            String modified = fresh.header("Last-Modified");

            Statements sql = new Statements();
            var byTag = sql.countOnThisThread(() -> api.anonymous().get(path, "If-None-Match", etag));
            var byDate = sql.countOnThisThread(() -> api.anonymous().get(path, "If-Modified-Since", modified));
            var again = sql.countOnThisThread(() -> read(path));

            assertThat(byTag.status()).as("If-None-Match " + path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.header("ETag")).isEqualTo(etag);
            assertThat(byTag.header("Cache-Control")).isEqualTo(fresh.header("Cache-Control"));
            assertThat(byDate.status()).as("If-Modified-Since " + path).isEqualTo(304);
            assertThat(again.body()).isEqualTo(fresh.body());
            assertThat(sql.count()).as("SQL statements for three answers from memory to " + path).isZero();
        }

        // The same watch sees a document that has to be rendered go to the database.
        String other = published(Fixtures.embassyAlert());
        Statements sql = new Statements();
        sql.countOnThisThread(() -> read("/alerts/" + other + ".cap"));
        assertThat(sql.count()).isPositive();
    }

    @Test
    void everyDocumentTellsCachesInFrontHowLongToKeepItAndToServeItStale() throws Exception {
        String id = published(Fixtures.embassyAlert());

        for (String path : documents(id)) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = answer.headers();
            String maxAge = path.endsWith(".cap") ? "max-age=300" : "max-age=10";
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(headers.firstValue("Cache-Control")).as(path).get().asString()
                    .contains("public", maxAge, "stale-while-revalidate=30", "stale-if-error=86400")
                    .doesNotContain("no-store", "no-cache", "private");
            assertThat(headers.firstValue("Set-Cookie")).as(path + ": no session for a public document").isEmpty();
            assertThat(headers.firstValue("Vary")).as(path + ": nothing varies, one copy serves everyone").isEmpty();
            assertThat(headers.firstValue("ETag")).as(path).get().asString().matches("\"[0-9a-f]{32}\"");
            assertThat(headers.firstValue("Content-Length")).as(path)
                    .contains(Integer.toString(answer.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'");
        }
        assertThat(read("/alerts.atom").contentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(read("/alerts/archive.atom").contentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(read("/alerts/" + id + ".cap").contentType()).isEqualTo("application/cap+xml;charset=UTF-8");
        assertThat(read("/alerts/" + id).contentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aSignedInReaderLeavesNothingOfTheirsInAPageEveryoneIsServed() throws Exception {
        var login = mvc.perform(formLogin("/login").user(CONSULAR).password(TestUsers.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(mvc.perform(get("/console").session(session)).andReturn().getResponse().getStatus())
                .as("signed in to the console").isEqualTo(200);
        String id = published(Fixtures.embassyAlert());

        // The console user is the first reader: the page is rendered during their request.
        MockHttpServletResponse theirs = mvc.perform(get("/alerts/" + id).session(session)).andReturn().getResponse();
        var anyone = read("/alerts/" + id);

        assertThat(theirs.getStatus()).isEqualTo(200);
        assertThat(theirs.getContentAsString()).doesNotContain(CONSULAR, "_csrf", "csrf", "Sign out", "/console")
                .isEqualTo(anyone.body());
        assertThat(theirs.getHeader("ETag")).isEqualTo(anyone.header("ETag"));
        assertThat(theirs.getHeader("Set-Cookie")).isNull();
    }

    private <T> T at(Instant instant, Supplier<T> work) {
        return clock.at(instant, work);
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /**
     * Counts the SQL statements a request makes on the calling thread (MockMvc serves it there):
     * while counting, the thread's transactions and queries run on one connection that counts
     * every statement prepared on it.
     */
    private final class Statements {

        private final AtomicInteger count = new AtomicInteger();

        int count() {
            return count.get();
        }

        <T> T countOnThisThread(Supplier<T> work) {
            try (Connection real = dataSource.getConnection()) {
                InvocationHandler counting = (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                };
                Connection watched = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, counting);
                TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(watched));
                try {
                    return work.get();
                } finally {
                    TransactionSynchronizationManager.unbindResource(dataSource);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
