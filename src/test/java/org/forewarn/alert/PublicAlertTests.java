package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CLEARED_CONSULAR;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.shared.ScenarioClock;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.XmlSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class PublicAlertTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    @LocalServerPort
    int port;

    private String published(Map<String, Object> alert) {
        return new Cases(api).publishedAlert(alert);
    }

    @Test
    void draftIsNotPublic() {
        String id = api.as(CONSULAR).post("/api/v1/alerts", Fixtures.embassyAlert()).expect(201).id();

        api.anonymous().get("/alerts/" + id + ".cap").expect(404);
        api.anonymous().get("/alerts/" + id).expect(404);
        assertThat(api.anonymous().get("/alerts.atom").expect(200).body()).doesNotContain(id);
        assertThat(api.anonymous().get("/alerts/archive.atom").expect(200).body()).doesNotContain(id);
    }

    @Test
    void publishedAlertIsValidCap12WithTheEmbassyContent() throws Exception {
        String id = published(Fixtures.embassyAlert());

        var cap = api.anonymous().get("/alerts/" + id + ".cap").expect(200);

        assertThat(cap.contentType()).startsWith("application/cap+xml");
        assertThat(XmlSchemas.capProblems(cap.body())).isEmpty();
        assertThat(cap.body()).contains("<identifier>urn:forewarn:alert:" + id + "</identifier>",
                "<status>Actual</status>", "<msgType>Alert</msgType>", "<scope>Public</scope>",
                "<category>Security</category>", "<senderName>U.S. Embassy Moscow</senderName>",
                "<areaDesc>Moscow and Moscow Oblast</areaDesc>",
                "<polygon>55.49,37.3 55.49,37.95 55.96,37.95 55.96,37.3 55.49,37.3</polygon>",
                "<language>ru</language>", "Avoid large gatherings over the next 48 hours.");
        assertThat(cap.body()).containsPattern("<sent>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-00:00</sent>");
    }

    @Test
    void expiryDefaultsTo48HoursAfterEffective() {
        var view = api.as(CONSULAR).post("/api/v1/alerts", Fixtures.embassyAlert()).expect(201).json();

        assertThat(Duration.between(Instant.parse(view.get("effective").asString()),
                Instant.parse(view.get("expires").asString()))).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void circleAreaIsWrittenInCapForm() throws Exception {
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("area", Map.of("description", "Around Crocus City Hall",
                "circle", Map.of("lat", 55.8254, "lon", 37.3886, "radiusKm", 5)));

        String cap = api.anonymous().get("/alerts/" + published(alert) + ".cap").expect(200).body();

        assertThat(cap).contains("<circle>55.8254,37.3886 5</circle>");
        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
    }

    @Test
    void feedIsValidAtomNewestFirstWithLinksToPageAndCap() throws Exception {
        String older = published(Fixtures.embassyAlert());
        String newer = published(Fixtures.embassyAlert());

        var feed = api.anonymous().get("/alerts.atom").expect(200);

        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(XmlSchemas.atomProblems(feed.body())).isEmpty();
        assertThat(feed.body().indexOf(newer)).isLessThan(feed.body().indexOf(older));
        assertThat(feed.body()).contains("/alerts/" + newer + ".cap\"", "/alerts/" + newer + "\"");
    }

    @Test
    void feedAndCapAnswer304WhenUnchanged() {
        String id = published(Fixtures.embassyAlert());
        var feed = api.anonymous().get("/alerts.atom").expect(200);
        var cap = api.anonymous().get("/alerts/" + id + ".cap").expect(200);

        api.anonymous().get("/alerts.atom", "If-None-Match", feed.header("ETag")).expect(304);
        api.anonymous().get("/alerts.atom", "If-Modified-Since", feed.header("Last-Modified")).expect(304);
        api.anonymous().get("/alerts/" + id + ".cap", "If-None-Match", cap.header("ETag")).expect(304);
        api.anonymous().get("/alerts/" + id + ".cap", "If-Modified-Since", cap.header("Last-Modified")).expect(304);

        published(Fixtures.embassyAlert());
        api.anonymous().get("/alerts.atom", "If-None-Match", feed.header("ETag")).expect(200);
    }

    @Test
    void expiredAlertDropsOutOfTheFeedButStaysInTheArchive() throws Exception {
        String id = published(Fixtures.embassyAlert());

        String later = clock.at(Instant.now().plus(Duration.ofHours(49)),
                () -> api.anonymous().get("/alerts.atom").expect(200).body());
        String archive = clock.at(Instant.now().plus(Duration.ofHours(49)),
                () -> api.anonymous().get("/alerts/archive.atom").expect(200).body());
        String page = clock.at(Instant.now().plus(Duration.ofHours(49)),
                () -> api.anonymous().get("/alerts/" + id).expect(200).body());

        assertThat(later).doesNotContain(id);
        assertThat(archive).contains(id);
        assertThat(XmlSchemas.atomProblems(archive)).isEmpty();
        assertThat(page).contains("This alert expired");
    }

    @Test
    void updateIsANewVersionReferencingTheOld() throws Exception {
        String first = published(Fixtures.embassyAlert());

        var update = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update", Map.of(
                "instruction", "Avoid large gatherings until 12 March. Monitor local media.")).expect(201);
        String second = update.id();

        assertThat(update.text("msgType")).isEqualTo("Update");
        assertThat(update.text("referencesId")).isEqualTo(first);
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + first).expect(200).text("status")).isEqualTo("SUPERSEDED");
        String cap = api.anonymous().get("/alerts/" + second + ".cap").expect(200).body();
        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        assertThat(cap).contains("<msgType>Update</msgType>", "<references>forewarn@localhost,urn:forewarn:alert:"
                + first + ",");
        String feed = api.anonymous().get("/alerts.atom").expect(200).body();
        assertThat(feed).contains(second).doesNotContain(first);
        assertThat(api.anonymous().get("/alerts/" + first).expect(200).body()).contains("has been updated",
                "/alerts/" + second);
        api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update", Map.of("headline", "again")).expect(409);
    }

    @Test
    void cancelRemovesTheAlertFromTheFeedAndIsItselfACapCancel() throws Exception {
        String first = published(Fixtures.embassyAlert());

        var cancel = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/cancel",
                Map.of("note", "The threat has passed.")).expect(201);

        String cap = api.anonymous().get("/alerts/" + cancel.id() + ".cap").expect(200).body();
        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        assertThat(cap).contains("<msgType>Cancel</msgType>", "<note>The threat has passed.</note>",
                "urn:forewarn:alert:" + first);
        String feed = api.anonymous().get("/alerts.atom").expect(200).body();
        assertThat(feed).doesNotContain(first).doesNotContain(cancel.id());
        assertThat(api.anonymous().get("/alerts/archive.atom").expect(200).body()).contains(first, cancel.id());
        assertThat(api.anonymous().get("/alerts/" + first).expect(200).body()).contains("has been cancelled");
        api.as(CONSULAR).post("/api/v1/alerts/" + first + "/cancel", null).expect(409);
    }

    @Test
    void pageHasTheSecurityAlertLayout() {
        String id = published(Fixtures.embassyAlert());

        String page = api.anonymous().get("/alerts/" + id).expect(200).body();

        assertThat(page).contains("Security Alert", "U.S. Embassy Moscow", "Location:", "Moscow and Moscow Oblast",
                "Event:", "Actions to Take:", "<li>Avoid large gatherings over the next 48 hours.</li>",
                "<li>Monitor local media for updates.</li>", "Assistance:", "+7 (495) 728-5000", "MSK",
                "Предупреждение о безопасности");
    }

    @Test
    void nothingInternalReachesAPublicDocument() {
        String threat = new Cases(api).threat();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        String id = published(alert);
        String threatTitle = api.as(ANALYST).get("/api/v1/threats/" + threat).expect(200).text("title");

        for (String path : List.of("/alerts/" + id + ".cap", "/alerts/" + id, "/alerts.atom", "/alerts/archive.atom")) {
            String body = api.anonymous().get(path).expect(200).body();
            assertThat(body).as(path).doesNotContain(threat, threatTitle, "NIGHTJAR", "CELL-7", "placeholder",
                    "liaison-derived", "ISIS-K", "TLP");
        }
    }

    @Test
    void aWriterClearedForTheThreatIsToldWhereTheAlertRevealsProtectedContent() {
        String threat = new Cases(api).threat();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        alert.put("description", "Reporting from Night-Jar indicates an attack on concerts.");

        var refused = api.as(CLEARED_CONSULAR).post("/api/v1/alerts", alert).expect(422);

        assertThat(refused.text("detail")).contains("protected content", "description:", "NIGHTJAR", "Night-Jar");
        assertThat(refused.json().get("findings").get(0).get("field").asString()).isEqualTo("description");
    }

    @Test
    void invalidAreasAreRefusedClearly() {
        Map<String, Object> bowTie = Fixtures.embassyAlert();
        bowTie.put("area", Map.of("description", "x", "polygon",
                List.of(List.of(55.0, 37.0), List.of(56.0, 38.0), List.of(56.0, 37.0), List.of(55.0, 38.0))));
        Map<String, Object> noGeometry = Fixtures.embassyAlert();
        noGeometry.put("area", Map.of("description", "Somewhere"));
        Map<String, Object> badPoint = Fixtures.embassyAlert();
        badPoint.put("area", Map.of("description", "x", "polygon", List.of(List.of(95.0, 37.0), List.of(56.0, 38.0),
                List.of(56.0, 37.0))));
        Map<String, Object> badCircle = Fixtures.embassyAlert();
        badCircle.put("area", Map.of("description", "x", "circle", Map.of("lat", 55.0, "lon", 37.0, "radiusKm", -1)));

        assertThat(api.as(CONSULAR).post("/api/v1/alerts", bowTie).expect(400).text("detail"))
                .contains("area.polygon", "not a valid polygon", "self-intersection");
        assertThat(api.as(CONSULAR).post("/api/v1/alerts", noGeometry).expect(400).text("detail"))
                .contains("polygon", "circle");
        assertThat(api.as(CONSULAR).post("/api/v1/alerts", badPoint).expect(400).text("detail"))
                .contains("area.polygon[0]", "latitude");
        assertThat(api.as(CONSULAR).post("/api/v1/alerts", badCircle).expect(400).text("detail"))
                .contains("area.circle.radiusKm");
    }

    @Test
    void unknownCapValueIsA400NamingTheCapValues() {
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("severity", "Catastrophic");

        assertThat(api.as(CONSULAR).post("/api/v1/alerts", alert).expect(400).text("detail"))
                .contains("severity", "Extreme", "Severe", "Moderate");
    }

    @Test
    void onlyConsularStaffWriteAlerts() {
        api.as(ANALYST).post("/api/v1/alerts", Fixtures.embassyAlert()).expect(403);
        String id = api.as(CONSULAR).post("/api/v1/alerts", Fixtures.embassyAlert()).expect(201).id();
        api.as(AUDITOR).post("/api/v1/alerts/" + id + "/publish", null).expect(403);
        api.as(AUDITOR).get("/api/v1/alerts/" + id).expect(200);
    }

    @Test
    void publishedAlertIsAuditedInItsCase() {
        String threat = new Cases(api).threat();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        published(alert);

        assertThat(api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).json().get("items")
                .findValuesAsString("eventType")).containsSubsequence("AlertDrafted", "AlertSubmittedForRelease",
                "AlertReleased", "AlertPublished");
    }


    @Test
    void theSchemasCatchBrokenDocuments() throws Exception {
        String id = published(Fixtures.embassyAlert());
        String cap = api.anonymous().get("/alerts/" + id + ".cap").expect(200).body();
        String feed = api.anonymous().get("/alerts.atom").expect(200).body();

        assertThat(XmlSchemas.capProblems(cap.replaceFirst("-00:00</sent>", "Z</sent>"))).isNotEmpty();
        assertThat(XmlSchemas.capProblems(cap.replace("<scope>Public</scope>", ""))).isNotEmpty();
        assertThat(XmlSchemas.atomProblems(feed.replaceFirst("<id>[^<]*</id>", ""))).isNotEmpty();
        assertThat(XmlSchemas.atomProblems(feed.replaceFirst("<updated>[^<]*</updated>", "<updated>soon</updated>")))
                .isNotEmpty();
    }

    // --- limits on what is accepted ---

    @Test
    void aPolygonWithMoreThanAThousandPointsIsRefusedNamingTheField() {
        List<List<Double>> circleOfPoints = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            double angle = 2 * Math.PI * i / 1001;
            circleOfPoints.add(List.of(55.75 + 0.2 * Math.sin(angle), 37.62 + 0.3 * Math.cos(angle)));
        }
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("area", Map.of("description", "Moscow", "polygon", circleOfPoints));

        var refused = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(400);

        assertThat(refused.text("detail")).contains("area.polygon", "1001 points", "at most 1000");
        String id = published(Fixtures.embassyAlert());
        assertThat(api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update", Map.of("area", Map.of("description",
                "Moscow", "polygon", circleOfPoints))).expect(400).text("detail")).contains("area.polygon");
        alert.put("area", Map.of("description", "Moscow", "polygon", circleOfPoints.subList(0, 1000)));
        String accepted = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + accepted).expect(200).json().get("area").get("polygon")
                .size()).as("closed by repeating the first point").isEqualTo(1001);
        api.as(CONSULAR).get("/api/v1/alerts").expect(200);
    }

    @Test
    void eachLanguageAppearsOnceComparingPrimarySubtags() {
        Map<String, Object> ownLanguage = Fixtures.embassyAlert();
        ownLanguage.put("language", "en-US");
        ownLanguage.put("languages", List.of(translation("en")));
        Map<String, Object> twice = Fixtures.embassyAlert();
        twice.put("languages", List.of(translation("ru"), translation("RU-ru")));

        assertThat(api.as(CONSULAR).post("/api/v1/alerts", ownLanguage).expect(400).text("detail"))
                .contains("languages[0].language", "own language");
        assertThat(api.as(CONSULAR).post("/api/v1/alerts", twice).expect(400).json().get("errors")
                .findValuesAsString("field")).containsExactly("languages[1].language");

        String id = published(Fixtures.embassyAlert());
        assertThat(api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update",
                Map.of("languages", List.of(translation("EN-gb")))).expect(400).text("detail"))
                .contains("languages[0].language");
        assertThat(api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update",
                Map.of("languages", List.of(translation("de"), translation("de-AT")))).expect(400).text("detail"))
                .contains("languages[1].language");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).text("status")).isEqualTo("PUBLISHED");
    }

    private static Map<String, Object> translation(String language) {
        return Map.of("language", language, "headline", "Headline", "description", "Description.",
                "instruction", "Instruction.");
    }

    @Test
    void anUpdateKeepsAFutureEffectiveUnlessItChangesIt() {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("effective", start.toString());
        String id = published(alert);

        var update = api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update",
                Map.of("instruction", "Avoid the city centre.")).expect(201);

        assertThat(update.text("effective")).isEqualTo(start.toString());
        assertThat(api.anonymous().get("/alerts/" + update.id() + ".cap").expect(200).body())
                .contains("<effective>" + CapDocument.time(start) + "</effective>");
        Instant later = start.plus(Duration.ofHours(6));
        var moved = api.as(CONSULAR).post("/api/v1/alerts/" + update.id() + "/update",
                Map.of("effective", later.toString())).expect(201);
        assertThat(moved.text("effective")).isEqualTo(later.toString());
    }

    // --- the public documents answer HEAD and conditional requests ---

    private HttpResponse<String> http(String method, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void headAnswersEveryPublicDocumentLikeGetWithoutTheBody() throws Exception {
        String id = published(Fixtures.embassyAlert());

        for (String path : List.of("/alerts.atom", "/alerts/archive.atom", "/alerts/" + id + ".cap", "/alerts/" + id)) {
            var get = http("GET", path);
            var head = http("HEAD", path);
            assertThat(get.statusCode()).as(path).isEqualTo(200);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
            assertThat(head.body()).as("HEAD " + path).isEmpty();
            for (String header : List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control")) {
                assertThat(head.headers().firstValue(header)).as(header + " of HEAD " + path)
                        .isPresent().isEqualTo(get.headers().firstValue(header));
            }
        }
    }

    @Test
    void thePublicPageIsConditionalAndChangesWhenItsAlertIsUpdated() throws Exception {
        String id = published(Fixtures.embassyAlert());
        var page = http("GET", "/alerts/" + id);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String modified = page.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(http("GET", "/alerts/" + id, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http("GET", "/alerts/" + id, "If-Modified-Since", modified).statusCode()).isEqualTo(304);
        assertThat(http("HEAD", "/alerts/" + id, "If-None-Match", etag).statusCode()).isEqualTo(304);

        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update", Map.of("headline", "Updated")).expect(201);

        var changed = http("GET", "/alerts/" + id, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("has been updated");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }
}
