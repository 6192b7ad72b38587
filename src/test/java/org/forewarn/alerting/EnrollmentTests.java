package org.forewarn.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class EnrollmentTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> person(String name) {
        return Map.of("name", name, "language", "ru",
                "channels", List.of(Map.of("type", "EMAIL", "address", "anna@example.org"),
                        Map.of("type", "SMS", "address", "+79161234567")),
                "locations", List.of(Map.of("label", "home", "lat", 55.75, "lon", 37.62),
                        Map.of("label", "trip", "lat", 59.93, "lon", 30.31,
                                "validFrom", "2024-03-01T00:00:00Z", "validTo", "2024-03-10T00:00:00Z")));
    }

    @Test
    void consularOfficerEnrollsViewsChangesAndRemovesAPerson() {
        String name = "Anna " + UUID.randomUUID();
        var created = api.as(CONSULAR).post("/api/v1/enrollments", person(name)).expect(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/v1/enrollments/" + id);
        assertThat(created.json().get("locations")).hasSize(2);

        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + name).expect(200).json().get(0).get("id")
                .asString()).isEqualTo(id);

        Map<String, Object> moved = Map.of("name", name, "language", "en",
                "channels", List.of(Map.of("type", "WEBHOOK", "address", "https://phone.example/push/1")),
                "locations", List.of(Map.of("lat", 48.85, "lon", 2.35)));
        JsonNode changed = api.as(CONSULAR).call(org.springframework.http.HttpMethod.PUT, "/api/v1/enrollments/" + id,
                moved).expect(200).json();
        assertThat(changed.get("language").asString()).isEqualTo("en");
        assertThat(changed.get("locations")).hasSize(1);
        assertThat(changed.get("locations").get(0).get("label").asString()).isEqualTo("home");

        api.as(CONSULAR).call(org.springframework.http.HttpMethod.DELETE, "/api/v1/enrollments/" + id, null).expect(204);
        api.as(CONSULAR).get("/api/v1/enrollments/" + id).expect(404);
    }

    @Test
    void personalDataIsForConsularStaffOnly() {
        String id = api.as(CONSULAR).post("/api/v1/enrollments", person("Private " + UUID.randomUUID())).expect(201).id();

        for (String user : List.of(ANALYST, AUDITOR, ADMIN)) {
            api.as(user).get("/api/v1/enrollments").expect(403);
            api.as(user).get("/api/v1/enrollments/" + id).expect(403);
        }
        String audit = api.as(AUDITOR).get("/api/v1/audit?limit=1000").expect(200).body();
        assertThat(audit).doesNotContain("anna@example.org", "+79161234567", "Private ");
    }

    @Test
    void badEnrollmentIsRefusedFieldByField() {
        Map<String, Object> bad = Map.of("name", "", "language", "not a language",
                "channels", List.of(Map.of("type", "PIGEON", "address", "x"), Map.of("type", "SMS", "address", "8-916-123")),
                "locations", List.of());

        var refused = api.as(CONSULAR).post("/api/v1/enrollments", bad).expect(400);

        assertThat(refused.text("detail")).contains("PIGEON", "EMAIL, SMS, WEBHOOK");
        var second = api.as(CONSULAR).post("/api/v1/enrollments", Map.of("name", "", "language", "x y",
                "channels", List.of(Map.of("type", "SMS", "address", "8-916-123")), "locations", List.of())).expect(400);
        assertThat(second.text("detail")).contains("channels[0].address", "international form");
        var third = api.as(CONSULAR).post("/api/v1/enrollments", Map.of("name", "", "language", "x y",
                "channels", List.of(), "locations", List.of())).expect(400);
        assertThat(third.text("detail")).contains("name", "language", "channels", "locations");
    }

    @Test
    void csvImportKeepsGoodLinesAndReportsBadOnesByLine() {
        long before = count();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                external_id,name,language,email,phone,webhook_url,lat,lon,label,valid_from,valid_to
                %1$s-1,"Smith, Jane",en,jane@example.org,,,55.75,37.62,home,,
                %1$s-2,Boris,ru,,+79160000000,,55.80,37.50,home,,
                %1$s-3,No Contact,en,,,,55.7,37.6,home,,
                %1$s-4,Bad Lat,en,x@example.org,,,95,37.6,home,,
                %1$s-5,Bad Date,en,y@example.org,,,55.7,37.6,trip,2024-13-01,
                %1$s-1,"Smith, Jane",en,jane@example.org,,,59.93,30.31,trip,2024-03-01,2024-03-10
                ,Walk-in,en,,,https://example.org/hook,55.7,37.6,,,
                """.formatted(tag);

        var report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(200).json();

        assertThat(report.get("people").asLong()).isEqualTo(3);
        assertThat(report.get("locations").asLong()).isEqualTo(4);
        assertThat(report.get("rejectedLines").asLong()).isEqualTo(3);
        assertThat(report.get("errors").findValuesAsString("message")).anyMatch(m -> m.contains("at least one of"))
                .anyMatch(m -> m.contains("lat 95")).anyMatch(m -> m.contains("valid_from '2024-13-01'"));
        assertThat(report.get("errors").findValues("line").stream().map(JsonNode::asInt)).containsExactly(4, 5, 6);
        assertThat(count()).isEqualTo(before + 3);
        JsonNode jane = api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-1").expect(200).json().get(0);
        assertThat(jane.get("name").asString()).isEqualTo("Smith, Jane");
        assertThat(jane.get("locations")).hasSize(2);
        assertThat(jane.get("locations").get(1).get("validTo").asString()).isEqualTo("2024-03-10T23:59:59Z");
    }

    @Test
    void reimportingAnExternalIdUpdatesThePerson() {
        String tag = "re-" + UUID.randomUUID();
        api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv",
                "external_id,name,email,lat,lon\n" + tag + ",Old Name,old@example.org,55.7,37.6\n").expect(200);

        var report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv",
                "external_id,name,email,lat,lon\n" + tag + ",New Name,new@example.org,48.8,2.3\n").expect(200).json();

        assertThat(report.get("people").asLong()).isEqualTo(1);
        List<JsonNode> found = api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag).expect(200).json().valueStream()
                .toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asString()).isEqualTo("New Name");
        assertThat(found.get(0).get("locations")).hasSize(1);
        assertThat(found.get(0).get("locations").get(0).get("lat").asDouble()).isEqualTo(48.8);
    }

    @Test
    void csvWithoutTheRequiredColumnsIsRefusedAndNothingIsStored() {
        long before = count();

        var refused = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv",
                "fullname,email,latitude\nA,a@example.org,1\n").expect(400);

        assertThat(refused.text("detail")).contains("misses column(s) [name, lat, lon]", "unknown column(s)");
        api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", "").expect(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void duplicateExternalIdIsAConflict() {
        String ext = "dup-" + UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>(person("Dup"));
        body.put("externalId", ext);
        api.as(CONSULAR).post("/api/v1/enrollments", body).expect(201);

        api.as(CONSULAR).post("/api/v1/enrollments", body).expect(409);
    }

    private long count() {
        return jdbc.sql("select count(*) from enrollees").query(Long.class).single();
    }
}
