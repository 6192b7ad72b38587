package org.forewarn.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class EnrollmentTests extends IntegrationTest {

    static final String HEADER = "external_id,name,language,email,phone,webhook_url,lat,lon,label,valid_from,valid_to\n";

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

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

        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + name).expect(200).json().get("items").get(0).get("id")
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
        String audit = api.as(AUDITOR).all("/api/v1/audit").toString();
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
        assertThat(problems(report)).containsExactly(
                "4 email, phone, webhook_url channels: must contain at least one entry",
                "5 lat locations[0].lat: must be a latitude between -90 and 90",
                "6 valid_from locations[0].validFrom: must be a date (2024-03-07) or a time "
                        + "(2024-03-07T21:00:00+03:00), not '2024-13-01'");
        assertThat(count()).isEqualTo(before + 3);
        JsonNode jane = api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-1").expect(200).json().get("items").get(0);
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
        List<JsonNode> found = api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag).expect(200).json().get("items").valueStream()
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

    /** One person given both ways: as the API's request body and as a CSV line (one location). */
    record Line(String externalId, String name, String language, String email, String phone, String webhook,
                String lat, String lon, String label, String validFrom, String validTo) {

        static Line valid() {
            return new Line("same-" + UUID.randomUUID(), "Valid Person", "en", "valid@example.org", null, null,
                    "55.75", "37.62", "home", null, null);
        }

        Map<String, Object> json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("externalId", externalId);
            body.put("name", name);
            body.put("language", language);
            List<Map<String, Object>> channels = new ArrayList<>();
            if (email != null) {
                channels.add(Map.of("type", "EMAIL", "address", email));
            }
            if (phone != null) {
                channels.add(Map.of("type", "SMS", "address", phone));
            }
            if (webhook != null) {
                channels.add(Map.of("type", "WEBHOOK", "address", webhook));
            }
            body.put("channels", channels);
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("label", label);
            location.put("lat", lat == null ? null : Double.valueOf(lat));
            location.put("lon", lon == null ? null : Double.valueOf(lon));
            location.put("validFrom", validFrom);
            location.put("validTo", validTo);
            body.put("locations", List.of(location));
            return body;
        }

        String csv() {
            List<String> values = new ArrayList<>();
            for (String v : new String[] {externalId, name, language, email, phone, webhook, lat, lon, label, validFrom,
                    validTo}) {
                values.add(v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"");
            }
            return String.join(",", values) + "\n";
        }
    }

    @Test
    void everyLineOfACsvFileIsRefusedForWhatTheApiRefusesWithTheSameFieldAndMessage() {
        List<UnaryOperator<Line>> variants = List.of(
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        "x".repeat(5000), null, null),
                l -> new Line(l.externalId(), "n".repeat(301), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        l.label(), null, null),
                l -> new Line(l.externalId(), "   ", l.language(), l.email(), null, null, l.lat(), l.lon(), l.label(),
                        null, null),
                l -> new Line("e".repeat(201), l.name(), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), "not a language", l.email(), null, null, l.lat(), l.lon(),
                        l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), "en-abcdefgh-abcdefgh-abcdefgh-abcdefgh", l.email(), null,
                        null, l.lat(), l.lon(), l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), "not-an-email", null, null, l.lat(), l.lon(),
                        l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), "a".repeat(995) + "@example.org", null, null,
                        l.lat(), l.lon(), l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), null, "8-916-123", null, l.lat(), l.lon(),
                        l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), null, null, "ftp://example.org/hook", l.lat(),
                        l.lon(), l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), null, null, null, l.lat(), l.lon(), l.label(),
                        null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, "95", l.lon(), l.label(),
                        null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, l.lat(), "-181",
                        l.label(), null, null),
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        l.label(), "+300000-01-01T00:00:00Z", null),
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        l.label(), "-5000-01-01T00:00:00Z", null),
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        l.label(), null, "2200-01-01T00:00:00Z"),
                l -> new Line(l.externalId(), l.name(), l.language(), l.email(), null, null, l.lat(), l.lon(),
                        l.label(), "2024-03-10T00:00:00Z", "2024-03-01T00:00:00Z"));
        long before = count();

        for (int i = 0; i < variants.size(); i++) {
            Line line = variants.get(i).apply(Line.valid());

            JsonNode refused = api.as(CONSULAR).post("/api/v1/enrollments", line.json()).expect(400).json();
            JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv",
                    HEADER + line.csv()).expect(200).json();

            List<String> apiSays = refused.get("errors").valueStream()
                    .map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
            List<String> csvSays = report.get("errors").valueStream()
                    .map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
            assertThat(csvSays).as("variant %d", i).isNotEmpty().containsExactlyInAnyOrderElementsOf(apiSays);
            assertThat(report.get("rejectedLines").asLong()).isEqualTo(1);
            assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCsvLabelTheApiWouldRefuseIsNotStoredAndTheListKeepsWorking() {
        String tag = "label-" + UUID.randomUUID();
        String csv = HEADER + tag + "-1,Long Label,en,a@example.org,,,55.7,37.6," + "x".repeat(5000) + ",,\n"
                + tag + "-2,Short Label,en,b@example.org,,,55.7,37.6,home,,\n";

        JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(200).json();

        assertThat(problems(report)).containsExactly("2 label locations[0].label: must be at most 100 characters");
        assertThat(report.get("people").asLong()).isEqualTo(1);
        api.as(CONSULAR).get("/api/v1/enrollments?limit=500").expect(200);
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-2").expect(200).json().get("items")).hasSize(1);
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-1").expect(200).json().get("items")).isEmpty();
    }

    @Test
    void aStoredPersonBreakingTodaysRulesStillReadsAndCanBeCorrected() {
        UUID id = UUID.randomUUID();
        String ext = "legacy-" + id;
        jdbc.sql("""
                insert into enrollees (id, version, external_id, name, language, email, created_at, updated_at)
                values (:id, 1, :ext, :name, 'en', 'not-an-email', now(), now())""")
                .param("id", id).param("ext", ext).param("name", "N".repeat(400)).update();
        jdbc.sql("""
                insert into enrollee_locations (enrollee_id, position, label, lat, lon, valid_from)
                values (:id, 0, :label, 55.7, 37.6, '2200-06-01T00:00:00Z')""")
                .param("id", id).param("label", "x".repeat(5000)).update();

        api.as(CONSULAR).get("/api/v1/enrollments?limit=500").expect(200);
        JsonNode listed = api.as(CONSULAR).get("/api/v1/enrollments?q=" + ext).expect(200).json().get("items").get(0);
        assertThat(listed.get("locations").get(0).get("label").asString()).hasSize(5000);
        assertThat(listed.get("channels").get(0).get("address").asString()).isEqualTo("not-an-email");
        api.as(CONSULAR).get("/api/v1/enrollments/" + id).expect(200);

        Map<String, Object> corrected = new LinkedHashMap<>(person("Corrected"));
        corrected.put("externalId", ext);
        JsonNode fixed = api.as(CONSULAR).call(HttpMethod.PUT, "/api/v1/enrollments/" + id, corrected).expect(200).json();
        assertThat(fixed.get("locations").get(0).get("label").asString()).isEqualTo("home");
    }

    @Test
    void datesOutsideSaneBoundsAreA400NamingTheFieldOnBothPaths() {
        for (String date : List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                "2200-01-01T00:00:00Z")) {
            Map<String, Object> body = new LinkedHashMap<>(person("Far " + date));
            body.put("locations", List.of(Map.of("label", "trip", "lat", 55.7, "lon", 37.6, "validFrom", date)));

            var refused = api.as(CONSULAR).post("/api/v1/enrollments", body).expect(400);

            assertThat(refused.text("detail")).contains("locations[0].validFrom", "between 1900-01-01 and 2199-12-31");
        }
        String tag = "dates-" + UUID.randomUUID();
        String csv = HEADER + tag + "-1,A,en,a@example.org,,,55.7,37.6,trip,+300000-01-01T00:00:00Z,\n"
                + tag + "-2,B,en,b@example.org,,,55.7,37.6,trip,,-5000-01-01T00:00:00Z\n"
                + tag + "-3,C,en,c@example.org,,,55.7,37.6,trip,1899-12-31,\n"
                + tag + "-4,D,en,d@example.org,,,55.7,37.6,trip,2199-12-01,2199-12-31\n";

        JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(200).json();

        assertThat(problems(report)).containsExactly(
                "2 valid_from locations[0].validFrom: must be between 1900-01-01 and 2199-12-31 (UTC)",
                "3 valid_to locations[0].validTo: must be between 1900-01-01 and 2199-12-31 (UTC)",
                "4 valid_from locations[0].validFrom: must be between 1900-01-01 and 2199-12-31 (UTC)");
        assertThat(report.get("people").asLong()).isEqualTo(1);
    }

    @Test
    void aBadLineRefusesItsWholePersonSoNoPersonIsHalfImported() {
        String tag = "whole-" + UUID.randomUUID();
        String csv = HEADER
                + tag + "-1,Split,en,s@example.org,,,55.70,37.60,home,,\n"
                + tag + "-1,Split,en,s@example.org,,,95,37.60,trip,2024-03-01,2024-03-10\n"
                + tag + "-1,Split,en,s@example.org,,,59.90,30.30,work,,\n"
                + tag + "-2,Whole,en,w@example.org,,,55.70,37.60,home,,\n";

        JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(200).json();

        assertThat(report.get("people").asLong()).isEqualTo(1);
        assertThat(report.get("locations").asLong()).isEqualTo(1);
        assertThat(report.get("rejectedLines").asLong()).isEqualTo(3);
        assertThat(problems(report)).containsExactly(
                "2 external_id externalId: not imported: line 3 with the same external_id was refused",
                "3 lat locations[1].lat: must be a latitude between -90 and 90",
                "4 external_id externalId: not imported: line 3 with the same external_id was refused");
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-1").expect(200).json().get("items")).isEmpty();
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-2").expect(200).json().get("items")).hasSize(1);
    }

    @Test
    void theLinesOfOnePersonMustAgreeAndStayWithinTheApisLimitOfLocations() {
        String tag = "many-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 51; i++) {
            csv.append(tag).append("-many,Many,en,m@example.org,,,55.7,37.6,place ").append(i).append(",,\n");
        }
        csv.append(tag).append("-differs,Same,en,d@example.org,,,55.7,37.6,home,,\n");
        csv.append(tag).append("-differs,Same,en,other@example.org,,,55.8,37.6,work,,\n");
        List<Map<String, Object>> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(Map.of("lat", 55.7, "lon", 37.6));
        }
        Map<String, Object> body = new LinkedHashMap<>(person("Many"));
        body.put("locations", fiftyOne);

        String apiSays = api.as(CONSULAR).post("/api/v1/enrollments", body).expect(400).text("detail");
        JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv.toString())
                .expect(200).json();

        assertThat(apiSays).isEqualTo("locations: must have at most 50 entries");
        assertThat(report.get("people").asLong()).isZero();
        assertThat(report.get("rejectedLines").asLong()).isEqualTo(53);
        assertThat(problems(report)).contains("52 external_id locations: must have at most 50 entries",
                "54 external_id externalId: gives a name, language or contacts different from line 53 with the same "
                        + "external_id; every line of one person must repeat them");
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag).expect(200).json().get("items")).isEmpty();
    }

    @Test
    void aCsvLineOverTheLengthLimitRefusesTheWholeFile() {
        long before = count();
        String tag = "long-" + UUID.randomUUID();
        String csv = HEADER + tag + "-1,Fine,en,f@example.org,,,55.7,37.6,home,,\n"
                + tag + "-2,\"" + "N".repeat(9000) + "\",en,g@example.org,,,55.7,37.6,home,,\n";

        var refused = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(400);

        assertThat(refused.text("detail")).contains("line 3 is longer than 8192 characters", "nothing was stored");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aLineWithMoreValuesThanTheHeaderIsRefused() {
        String tag = "shift-" + UUID.randomUUID();
        String csv = "external_id,name,email,lat,lon\n" + tag + ",Smith, Jane,j@example.org,55.7,37.6\n";

        JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(200).json();

        assertThat(report.get("rejectedLines").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("message").asString())
                .startsWith("has 6 values but the header names 5 columns");
    }

    /**
     * Ten imports of the same two new people at once, half of them listing the people the other way
     * round, and two API requests enrolling one of them: each import succeeds or is a clear 409, never a
     * 500 (no duplicate key, no deadlock), and each external id ends up as one person.
     */
    @Test
    void parallelImportsOfTheSameNewPeopleLeaveOnePersonPerExternalIdAndNever500() throws Exception {
        String a = "par-a-" + UUID.randomUUID();
        String b = "par-b-" + UUID.randomUUID();
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((CONSULAR + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<HttpResponse<String>>> imports = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String first = i % 2 == 0 ? a : b;
                String second = i % 2 == 0 ? b : a;
                String csv = HEADER + lines(first, i) + lines(second, i);
                imports.add(pool.submit(send(http, start, "/api/v1/enrollments/import", "text/csv", csv, auth)));
            }
            List<Future<HttpResponse<String>>> enrolls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Map<String, Object> body = new LinkedHashMap<>(person("Direct"));
                body.put("externalId", a);
                enrolls.add(pool.submit(send(http, start, "/api/v1/enrollments", "application/json",
                        org.forewarn.testing.Api.JSON.writeValueAsString(body), auth)));
            }
            start.countDown();

            int succeeded = 0;
            for (Future<HttpResponse<String>> f : imports) {
                HttpResponse<String> response = f.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
                if (response.statusCode() == 409) {
                    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                } else {
                    succeeded++;
                }
            }
            for (Future<HttpResponse<String>> f : enrolls) {
                HttpResponse<String> response = f.get();
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            }
            assertThat(succeeded).isPositive();
        } finally {
            pool.shutdownNow();
        }
        for (String ext : List.of(a, b)) {
            assertThat(jdbc.sql("select count(*) from enrollees where external_id = :e").param("e", ext)
                    .query(Long.class).single()).isEqualTo(1);
            List<Double> lats = jdbc.sql("""
                    select l.lat from enrollee_locations l join enrollees e on e.id = l.enrollee_id
                    where e.external_id = :e""").param("e", ext).query(Double.class).list();
            assertThat(lats).isNotEmpty();
            assertThat(lats.stream().distinct()).as("locations all from one import or request").hasSize(1);
        }
    }

    /** Two locations of one person, told apart from other imports' by the latitude. */
    private static String lines(String externalId, int i) {
        return externalId + ",Parallel,en,p@example.org,,," + (10 + i) + ",20,home,,\n"
                + externalId + ",Parallel,en,p@example.org,,," + (10 + i) + ",21,work,,\n";
    }

    private Callable<HttpResponse<String>> send(HttpClient http, CountDownLatch start, String path, String type,
            String body, String auth) {
        return () -> {
            start.await();
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", type).header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        };
    }

    /** "line column field: message" for each reported problem. */
    private static List<String> problems(JsonNode report) {
        return report.get("errors").valueStream().map(e -> e.get("line").asLong() + " "
                + (e.get("column") == null || e.get("column").isNull() ? "" : e.get("column").asString() + " ")
                + e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }

    @Test
    void csvNumbersAreDecimalsAsInJson() {
        String tag = "num-" + UUID.randomUUID();
        String csv = HEADER + tag + "-1,A,en,a@example.org,,,0x1p3,37.6,home,,\n"
                + tag + "-2,B,en,b@example.org,,,55.7,37d,home,,\n"
                + tag + "-3,C,en,c@example.org,,,NaN,Infinity,home,,\n"
                + tag + "-4,D,en,d@example.org,,,-5.5e1,.5,home,,\n";

        JsonNode report = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv).expect(200).json();

        assertThat(problems(report)).containsExactly("2 lat locations[0].lat: must be a number, not '0x1p3'",
                "3 lon locations[0].lon: must be a number, not '37d'",
                "4 lat locations[0].lat: must be a number, not 'NaN'",
                "4 lon locations[0].lon: must be a number, not 'Infinity'");
        JsonNode stored = api.as(CONSULAR).get("/api/v1/enrollments?q=" + tag + "-4").expect(200).json().get("items").get(0);
        assertThat(stored.get("locations").get(0).get("lat").asDouble()).isEqualTo(-55.0);
    }

    @Test
    void aCharacterTheDatabaseCannotHoldIsRefusedNeverA500AndNothingIsStored() {
        long before = count();
        String csv = HEADER + "nul-" + UUID.randomUUID() + ",A\u0000B,en,a@example.org,,,55.7,37.6,home,,\n";

        var answer = api.as(CONSULAR).postText("/api/v1/enrollments/import", "text/csv", csv);

        // Refused as a line (once the shared checks refuse control characters) or, until then, as a file.
        assertThat(answer.status()).as(answer.body()).isIn(200, 400);
        if (answer.status() == 200) {
            assertThat(answer.json().get("rejectedLines").asLong()).isEqualTo(1);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void movingAPersonOntoAnExternalIdAlreadyTakenIsAConflict() {
        String taken = "taken-" + UUID.randomUUID();
        Map<String, Object> first = new LinkedHashMap<>(person("First"));
        first.put("externalId", taken);
        api.as(CONSULAR).post("/api/v1/enrollments", first).expect(201);
        String second = api.as(CONSULAR).post("/api/v1/enrollments", person("Second")).expect(201).id();

        var refused = api.as(CONSULAR).call(HttpMethod.PUT, "/api/v1/enrollments/" + second, first).expect(409);

        assertThat(refused.text("type")).endsWith("external-id-taken");
        assertThat(api.as(CONSULAR).get("/api/v1/enrollments/" + second).expect(200).json().get("name").asString())
                .isEqualTo("Second");
    }

    private long count() {
        return jdbc.sql("select count(*) from enrollees").query(Long.class).single();
    }
}
