package org.forewarn.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.testing.Accounts;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The TAXII server over real HTTP, as a partner's client on the network meets it. */
class TaxiiHttpTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TaxiiCollections collections;

    @Autowired
    UserAdministration administration;

    @Autowired
    TestUsers testUsers;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPartnerPagesThroughItsWarningsAndReportsBackOverHttp() throws Exception {
        UUID recipient = testUsers.partnerRecipient(Accounts.unique("Partner service"));
        String partner = Accounts.unique("partner");
        administration.create(new NewUser(partner, partner, TestUsers.PASSWORD, Set.of(Role.PARTNER),
                Clearance.UNCLASSIFIED, Set.of(), recipient));
        List<TaxiiCollection> made = collections.ensureCollectionsFor(recipient, true);
        Instant at = Instant.parse("2026-11-06T08:00:00.000Z");
        List<JsonNode> warnings = List.of(Taxii.indicator(at, "one"), Taxii.indicator(at, "two"),
                Taxii.indicator(at, "three"));
        collections.publish(made.get(0).id(), warnings);
        String objects = "/taxii2/forewarn/collections/" + made.get(0).id() + "/objects/";

        List<String> received = new ArrayList<>();
        String next = null;
        do {
            HttpResponse<String> page = send(partner, "GET", objects + "?limit=2" + (next == null ? "" : "&next=" + next),
                    null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue(Taxii.MEDIA_TYPE);
            assertThat(page.headers().firstValue("X-TAXII-Date-Added-First")).isPresent();
            assertThat(page.headers().firstValue("X-TAXII-Date-Added-Last")).isPresent();
            JsonNode body = Taxii.JSON.readTree(page.body());
            body.get("objects").forEach(o -> received.add(o.get("id").asString()));
            next = body.get("more").asBoolean() ? body.get("next").asString() : null;
        } while (next != null);
        assertThat(received).containsExactlyElementsOf(warnings.stream().map(w -> w.get("id").asString()).toList());

        JsonNode report = Taxii.report("report--" + UUID.randomUUID(), at, at, List.of(received.get(0)));
        HttpResponse<String> posted = send(partner, "POST", "/taxii2/forewarn/collections/" + made.get(1).id()
                + "/objects/", Taxii.JSON.writeValueAsString(Map.of("objects", List.of(report))));
        assertThat(posted.statusCode()).isEqualTo(202);
        JsonNode status = Taxii.JSON.readTree(send(partner, "GET", "/taxii2/forewarn/status/"
                + Taxii.JSON.readTree(posted.body()).get("id").asString() + "/", null).body());
        assertThat(status.get("success_count").asInt()).isEqualTo(1);

        HttpResponse<String> notTaxii = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + objects))
                .header("Authorization", basic(partner)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notTaxii.statusCode()).isEqualTo(406);
        assertThat(notTaxii.headers().firstValue("Content-Type")).hasValue(Taxii.MEDIA_TYPE);

        // As curl -g sends it: the filter's brackets unencoded.
        String raw = raw("GET " + objects + "?match[id]=" + received.get(1) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + basic(partner) + "\r\nAccept: " + Taxii.MEDIA_TYPE + "\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 200").contains(received.get(1)).doesNotContain(received.get(0));
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Accept", Taxii.MEDIA_TYPE);
        if (body != null) {
            request.header("Content-Type", Taxii.MEDIA_TYPE);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
