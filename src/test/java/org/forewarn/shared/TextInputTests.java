package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ADMIN_2;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every string field of every request body refuses the characters text may not hold: NUL and other
 * control characters, an unpaired surrogate, a noncharacter. Each gets a 400 naming the field, and
 * nothing is stored. The fields are found by walking each endpoint's valid request body, so a field
 * added later is covered without touching this test.
 */
class TextInputTests extends IntegrationTest {

    /** JSON escapes, written into the body as sent: an unpaired surrogate cannot be built any other way. */
    private static final List<String> BAD = List.of("\\u0000", "\\u000b", "\\u001b", "\\ud800", "\\udc00x",
            "\\uffff", "\\u0085");
    private static final String MARK = "@@bad-character@@";

    @Autowired
    JdbcClient jdbc;

    record Endpoint(String user, String path, Supplier<Object> body) {
    }

    @Test
    void everyTextFieldRefusesCharactersTextMayNotHoldAndStoresNothing() {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String draft = cases.draft(threat, recipient, "LIAISON");
        String delivered = cases.approvedDraft(threat, recipient, "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + delivered + "/send", Map.of()).expect(200);
        String undecided = api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201).id();
        String determination = api.as(ANALYST).post("/api/v1/threats/" + undecided + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();
        String grantee = "grant.subject." + System.nanoTime() % 100_000;
        String grant = api.as(ADMIN).post("/api/v1/users", Map.of("username", grantee, "password",
                "a-long-enough-password", "roles", List.of("APPROVER"), "clearance", "UNCLASSIFIED")).expect(201).json()
                .get("pendingGrant").get("id").asString();

        List<Endpoint> endpoints = List.of(
                new Endpoint(ANALYST, "/api/v1/threats", Fixtures::threat),
                new Endpoint(ANALYST, "/api/v1/threats/" + threat + "/determinations", Fixtures::dutyToWarn),
                new Endpoint(APPROVER, "/api/v1/determinations/" + determination + "/approval",
                        () -> Map.of("decision", "REJECT", "note", "Too thin")),
                new Endpoint(ANALYST, "/api/v1/recipients", () -> {
                    Map<String, Object> r = Fixtures.recipient("ALLY", Map.of("type", "WEBHOOK",
                            "address", "https://example.org/hook", "secret", "a-shared-webhook-secret"));
                    r.put("notes", "Desk officer");
                    return r;
                }),
                new Endpoint(ANALYST, "/api/v1/threats/" + threat + "/tearline-check",
                        () -> Map.of("text", Fixtures.CLEAN_TEXT)),
                new Endpoint(ANALYST, "/api/v1/threats/" + threat + "/warnings", () -> {
                    Map<String, Object> w = Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT);
                    w.put("facets", Map.of("actor", "SHARED", "target", "SHARED", "place", "SHARED",
                            "time", "SHARED", "method", "WITHHELD", "withheldReasons", Map.of("method", "method")));
                    return w;
                }),
                new Endpoint(APPROVER, "/api/v1/warnings/" + draft + "/approval",
                        () -> Map.of("decision", "REJECT", "note", "Name the venue")),
                new Endpoint(LIAISON, "/api/v1/warnings/" + delivered + "/acknowledgment",
                        () -> Map.of("receivedAt", "2030-01-01T00:00:00Z", "response", "Received")),
                new Endpoint(LIAISON, "/api/v1/warnings/" + delivered + "/responses",
                        () -> Map.of("kind", "DISPUTE", "receivedAt", "2030-01-01T00:00:00Z", "text", "Too general",
                                "source", "Interfax")),
                new Endpoint(ANALYST, "/api/v1/threats/" + threat + "/incidents",
                        () -> Map.of("occurredAt", "2024-03-22T20:00:00+03:00", "place", "Krasnogorsk",
                                "description", "Armed assault")),
                new Endpoint(ANALYST, "/api/v1/threats/" + threat + "/closure", () -> Map.of("reason", "Over")),
                new Endpoint(CONSULAR, "/api/v1/alerts", Fixtures::embassyAlert),
                new Endpoint(CONSULAR, "/api/v1/enrollments", () -> Map.of("externalId", "step-1", "name", "Anna",
                        "language", "ru", "channels", List.of(Map.of("type", "EMAIL", "address", "anna@example.org")),
                        "locations", List.of(Map.of("label", "home", "lat", 55.75, "lon", 37.62)))),
                new Endpoint(ADMIN, "/api/v1/users", () -> Map.of("username", "new.user", "displayName", "New User",
                        "password", "a-long-enough-password", "roles", List.of("AUDITOR"),
                        "clearance", "UNCLASSIFIED")),
                new Endpoint(ADMIN_2, "/api/v1/users/grants/" + grant + "/rejection",
                        () -> Map.of("reason", "No need to know")),
                new Endpoint(ANALYST, "/api/v1/me/password", () -> Map.of("currentPassword", "test-password-123",
                        "newPassword", "another-long-password")));

        long auditBefore = lastAuditEntry();
        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (Endpoint endpoint : endpoints) {
            JsonNode valid = Api.JSON.valueToTree(endpoint.body().get());
            for (String field : stringFields(valid, "")) {
                List<String> values = new ArrayList<>(BAD.stream().map(bad -> "Text" + bad + "more").toList());
                if (isTime(valid.at("/" + field.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1")))) {
                    // Times far outside what Forewarn records, which PostgreSQL cannot even store.
                    values.addAll(List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1899-12-31T23:59:59Z"));
                }
                for (String value : values) {
                    probes++;
                    String body = withMark(valid, field).replace(MARK, value);
                    var response = api.as(endpoint.user()).call(HttpMethod.POST, endpoint.path(), body);
                    JsonNode errors = response.json().path("errors");
                    boolean named = errors.isArray() && errors.size() > 0
                            && errors.get(0).path("field").asString().equals(field);
                    if (response.status() != 400 || !named) {
                        failures.add("POST " + endpoint.path() + " " + field + " with " + value + " -> " + response);
                    }
                }
            }
        }

        assertThat(probes).as("string fields probed").isGreaterThan(150);
        assertThat(failures).isEmpty();
        // (Background workers may record entries of their own meanwhile; none of these people acted.)
        assertThat(recordedSince(auditBefore, ANALYST, APPROVER, LIAISON, CONSULAR, ADMIN, ADMIN_2))
                .as("nothing was recorded").isEmpty();
    }

    private static boolean isTime(JsonNode node) {
        try {
            java.time.OffsetDateTime.parse(node.asString());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private long lastAuditEntry() {
        return jdbc.sql("select coalesce(max(sequence), 0) from audit_log").query(Long.class).single();
    }

    private List<String> recordedSince(long sequence, String... actors) {
        return jdbc.sql("select event_type || ' by ' || actor from audit_log where sequence > :sequence "
                + "and actor in (:actors) order by sequence").param("sequence", sequence)
                .param("actors", List.of(actors)).query(String.class).list();
    }

    /** The JSON paths of every string in a body, as the problem document names them (a.b[0].c). */
    private static List<String> stringFields(JsonNode node, String path) {
        List<String> fields = new ArrayList<>();
        if (node.isString()) {
            fields.add(path);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                fields.addAll(stringFields(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fields.addAll(stringFields(node.get(i), path + "[" + i + "]"));
            }
        }
        return fields;
    }

    private static String withMark(JsonNode valid, String field) {
        JsonNode copy = valid.deepCopy();
        replace(copy, field);
        return Api.JSON.writeValueAsString(copy);
    }

    private static void replace(JsonNode root, String field) {
        // Walk to the parent of the field, then set the leaf.
        List<Object> steps = new ArrayList<>();
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        JsonNode at = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            at = steps.get(i) instanceof Integer index ? at.get(index) : at.get((String) steps.get(i));
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) at).set(index, MARK);
        } else {
            ((ObjectNode) at).put((String) last, MARK);
        }
    }

    @Test
    void unpairedSurrogateInAPasswordIsA400NotAServerError() {
        String body = "{\"currentPassword\":\"test-password-123\",\"newPassword\":\"abcdefghijkl\\ud800mn\"}";

        var response = api.as(ANALYST).call(HttpMethod.POST, "/api/v1/me/password", body).expect(400);

        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(response.text("detail")).contains("surrogate");
    }

    @Test
    void commandsRefuseSuchCharactersWhateverPathTheyCameBy() {
        var problem = TextCharacters.problem("KESTREL\u000b");

        assertThat(problem).get().asString().contains("U+000B", "position 7");
        assertThat(TextCharacters.problem("Tab\tand\r\nnew lines, émigré, Москва, 😀")).isEmpty();
        assertThat(Violations.check().maxLength("a\u0000b", 10, "title").ok()).isFalse();
        assertThat(Violations.check().notBlank("a\ud800", "title").ok()).isFalse();
    }
}
