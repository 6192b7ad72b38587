package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.forewarn.ForewarnApplication;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published CAP message is a record: restarting with another CAP sender and public URL changes
 * nothing already out — not its bytes, its ETag, its {@code references}, nor its links in the feeds.
 * The "restart" is a second Forewarn on the same database with other settings, as after a
 * redeployment; what it publishes itself does follow its settings.
 */
class PublishedRecordTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MissingRecords missingRecords;

    private String published() {
        return new Cases(api).publishedAlert(Fixtures.embassyAlert());
    }

    /** As a version before records were kept left a published message: no sender, links or document. */
    private void forgetRecord(String id) {
        jdbc.sql("update public_alerts set cap_sender = null, page_url = null, cap_url = null, cap_document = null "
                + "where id = :id").param("id", UUID.fromString(id)).update();
    }

    @Test
    void whatWasPublishedStaysAsItWasWhenTheSettingsChange() throws Exception {
        String first = published();
        String update = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update",
                Map.of("headline", "Updated: avoid large gatherings")).expect(201).id();
        String legacy = published();
        forgetRecord(legacy);
        assertThat(missingRecords.capture()).as("a message without a record gets one").isGreaterThanOrEqualTo(1);
        assertThat(missingRecords.capture()).as("once").isZero();

        Map<String, Answer> before = new HashMap<>();
        for (String id : new String[] {first, update, legacy}) {
            before.put(id, new Answer(api.anonymous().get("/alerts/" + id + ".cap").expect(200)));
        }
        assertThat(before.get(update).body).contains("<sender>forewarn@localhost</sender>",
                "<references>forewarn@localhost,urn:forewarn:alert:" + first + ",",
                "<web>http://localhost:8080/alerts/" + update + "</web>");

        try (ConfigurableApplicationContext other = secondNode("alerts@embassy.example",
                "https://alerts.embassy.example")) {
            int port = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            for (String id : new String[] {first, update, legacy}) {
                Answer after = new Answer(get(port, "/alerts/" + id + ".cap", null));
                assertThat(after.body).as("CAP of " + id).isEqualTo(before.get(id).body);
                assertThat(after.etag).as("ETag of " + id).isEqualTo(before.get(id).etag);
                assertThat(after.lastModified).as("Last-Modified of " + id).isEqualTo(before.get(id).lastModified);
            }
            String archive = get(port, "/alerts/archive.atom", null).body();
            assertThat(archive).as("the feed itself follows the new settings")
                    .contains("<id>https://alerts.embassy.example/alerts/archive.atom</id>");
            assertThat(archive).as("its entries link where they were published").contains(
                    "href=\"http://localhost:8080/alerts/" + update + "\"",
                    "href=\"http://localhost:8080/alerts/" + update + ".cap\"",
                    "href=\"http://localhost:8080/alerts/" + legacy + ".cap\"");
            assertThat(archive).doesNotContain("https://alerts.embassy.example/alerts/" + update);

            // What the restarted server publishes now follows its settings, references included.
            String cancel = org.forewarn.testing.Api.JSON.readTree(post(port, "/api/v1/alerts/" + update
                    + "/cancel", "{\"note\":\"The threat has passed.\"}").body()).get("id").asString();
            String cancelCap = get(port, "/alerts/" + cancel + ".cap", null).body();
            assertThat(cancelCap).contains("<sender>alerts@embassy.example</sender>",
                    "<references>forewarn@localhost,urn:forewarn:alert:" + first + ",",
                    " forewarn@localhost,urn:forewarn:alert:" + update + ",");
            assertThat(get(port, "/alerts/" + update + ".cap", null).body()).isEqualTo(before.get(update).body);
        }
        assertThat(api.anonymous().get("/alerts/" + first + ".cap").expect(200).body())
                .isEqualTo(before.get(first).body);
    }

    /** A CAP answer as a reader keeps it. */
    private record Answer(String body, String etag, String lastModified) {
        Answer(org.forewarn.testing.Api.Response r) {
            this(r.body(), r.header("ETag"), r.header("Last-Modified"));
        }

        Answer(HttpResponse<String> r) {
            this(r.body(), r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null));
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext secondNode(String capSender, String publicUrl) {
        Map<String, Object> properties = new HashMap<>();
        environment(properties::put, env.freshDataDir("second-node"));
        properties.put("spring.datasource.url", ((HikariDataSource) dataSource).getJdbcUrl());
        properties.put("spring.datasource.username", ((HikariDataSource) dataSource).getUsername());
        properties.put("server.port", "0");
        properties.put("forewarn.alerting.cap-sender", capSender);
        properties.put("forewarn.alerting.public-url", publicUrl);
        Map<String, Object> resolved = new HashMap<>();
        properties.forEach((k, v) -> resolved.put(k, v instanceof java.util.function.Supplier<?> s ? s.get() : v));
        // The second application must not take over (and, on closing, tear down) the logging of the
        // test JVM, which every later test relies on.
        String logging = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            return new SpringApplicationBuilder(ForewarnApplication.class).properties(resolved).run();
        } finally {
            if (logging == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
            }
        }
    }

    private static HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CONSULAR + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
