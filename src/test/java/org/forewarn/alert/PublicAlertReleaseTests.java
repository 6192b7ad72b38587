package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CLEARED_CONSULAR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.CONSULAR_APPROVER;
import static org.forewarn.testing.TestUsers.JUNIOR_APPROVER;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Alerts linked to a threat: every public field is checked for the threat's protected content,
 * and the check is never an oracle for someone not cleared for the threat — their alerts go to a
 * cleared approver's release, and they get the same answer whatever they wrote.
 */
class PublicAlertReleaseTests extends IntegrationTest {

    /** A protected term of {@link Fixtures#threat()}, as someone might guess it. */
    private static final String GUESSED_TERM = "Nightjar";
    /** A guess that is not protected. */
    private static final String WRONG_GUESS = "Falcon";

    Cases cases;
    String threat;

    @BeforeEach
    void threat() {
        cases = new Cases(api);
        threat = cases.threat();
    }

    private Map<String, Object> linkedAlert() {
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        return alert;
    }

    /** The alert with one field (a path such as "languages[0].headline") holding the text. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> withField(String path, String text) {
        Map<String, Object> alert = linkedAlert();
        alert.put("area", new LinkedHashMap<>((Map<String, Object>) alert.get("area")));
        List<Object> languages = new ArrayList<>();
        for (Object t : (List<Object>) alert.get("languages")) {
            languages.add(new LinkedHashMap<>((Map<String, Object>) t));
        }
        alert.put("languages", languages);
        Map<String, Object> target = alert;
        String name = path;
        if (path.startsWith("area.")) {
            target = (Map<String, Object>) alert.get("area");
            name = path.substring("area.".length());
        } else if (path.startsWith("languages[0].")) {
            target = (Map<String, Object>) languages.get(0);
            name = path.substring("languages[0].".length());
        }
        target.put(name, text);
        return alert;
    }

    private String publishedByRelease(Map<String, Object> alert) {
        return cases.publishedAlert(alert);
    }

    // --- A: every field that leaves the building is checked ---

    @Test
    void everyPublicFieldOfADraftIsCheckedAndTheClearedWriterIsToldWhichField() {
        List<String> fields = List.of("sender", "headline", "event", "description", "instruction", "assistance",
                "area.description", "languages[0].headline", "languages[0].event", "languages[0].description",
                "languages[0].instruction");
        List<String> missed = new ArrayList<>();
        for (String field : fields) {
            var refused = api.as(CLEARED_CONSULAR).post("/api/v1/alerts",
                    withField(field, "Reported by " + GUESSED_TERM + " today"));
            if (refused.status() != 422 || !refused.text("detail").contains(field + ":")
                    || !refused.json().get("findings").findValuesAsString("field").contains(field)) {
                missed.add(field + " -> " + refused);
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void languageTagsAreCheckedToo() {
        var refused = api.as(CLEARED_CONSULAR).post("/api/v1/alerts", withField("languages[0].language",
                "ru-" + GUESSED_TERM)).expect(422);

        assertThat(refused.json().get("findings").findValuesAsString("field")).contains("languages[0].language");
    }

    @Test
    void updateFieldsAndTheCancelNoteAreCheckedForTheClearedWriter() {
        String id = publishedByRelease(linkedAlert());

        var update = api.as(CLEARED_CONSULAR).post("/api/v1/alerts/" + id + "/update",
                Map.of("instruction", "Stay away. " + GUESSED_TERM + " says so.")).expect(422);
        var translations = api.as(CLEARED_CONSULAR).post("/api/v1/alerts/" + id + "/update",
                Map.of("languages", List.of(Map.of("language", "ru", "headline", "Внимание",
                        "description", "Источник " + GUESSED_TERM + ".", "instruction", "Будьте осторожны."))))
                .expect(422);
        var cancel = api.as(CLEARED_CONSULAR).post("/api/v1/alerts/" + id + "/cancel",
                Map.of("note", "Thanks to " + GUESSED_TERM + " the plot was stopped.")).expect(422);

        assertThat(update.text("detail")).contains("instruction:", "NIGHTJAR");
        assertThat(translations.text("detail")).contains("languages[0].description:");
        assertThat(cancel.text("detail")).contains("note:");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).text("status")).isEqualTo("PUBLISHED");
        for (String path : List.of("/alerts/" + id + ".cap", "/alerts.atom", "/alerts/archive.atom")) {
            assertThat(api.anonymous().get(path).expect(200).body()).as(path).doesNotContainIgnoringCase("nightjar");
        }
    }

    @Test
    void theClearedWritersCleanAlertIsPublishedDirectly() {
        String id = api.as(CLEARED_CONSULAR).post("/api/v1/alerts", linkedAlert()).expect(201).id();

        assertThat(api.as(CLEARED_CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200)
                .text("status")).isEqualTo("PUBLISHED");
        api.anonymous().get("/alerts/" + id + ".cap").expect(200);
    }

    // --- B: no oracle ---

    /** The parts of an answer that depend on nothing but its shape: status and every field name. */
    private static String shape(Api.Response response) {
        Set<String> names = new TreeSet<>();
        collect("", response.json(), names);
        return response.status() + " " + response.contentType() + " " + names;
    }

    private static void collect(String prefix, JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                names.add(prefix + e.getKey());
                collect(prefix + e.getKey() + ".", e.getValue(), names);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(prefix + "[].", node.get(0), names);
        }
    }

    @Test
    void someoneNotClearedGetsTheSameAnswerWhateverTheyWrite() {
        List<String> answers = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (String guess : List.of(GUESSED_TERM, WRONG_GUESS)) {
            Consumer<Api.Response> check = r -> {
                answers.add(shape(r));
                assertThat(r.body()).doesNotContainIgnoringCase("protected").doesNotContain("findings", "leaks");
            };
            var draft = api.as(CONSULAR).post("/api/v1/alerts", withField("description",
                    "Reporting from " + guess + " indicates an attack."));
            check.accept(draft);
            var publish = api.as(CONSULAR).post("/api/v1/alerts/" + draft.id() + "/publish", null);
            check.accept(publish);
            statuses.add(publish.text("status"));

            String live = publishedByRelease(linkedAlert());
            var update = api.as(CONSULAR).post("/api/v1/alerts/" + live + "/update",
                    Map.of("headline", "Update: " + guess + " reports more"));
            check.accept(update);
            statuses.add(update.text("status"));
            var cancel = api.as(CONSULAR).post("/api/v1/alerts/" + live + "/cancel",
                    Map.of("note", "Cancelled because " + guess + " says the threat is over."));
            check.accept(cancel);
            statuses.add(cancel.text("status"));
        }

        assertThat(answers.subList(0, 4)).isEqualTo(answers.subList(4, 8));
        assertThat(statuses).containsOnly("AWAITING_RELEASE");
    }

    @Test
    void nothingAwaitingReleaseIsPublicOrSatisfiesAnythingOrFansOut() {
        String id = api.as(CONSULAR).post("/api/v1/alerts", linkedAlert()).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);

        api.anonymous().get("/alerts/" + id + ".cap").expect(404);
        api.anonymous().get("/alerts/" + id).expect(404);
        assertThat(api.anonymous().get("/alerts/archive.atom").expect(200).body()).doesNotContain(id);
        api.as(CONSULAR).get("/api/v1/alerts/" + id + "/fanout").expect(404);
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(409);

        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(200);

        api.anonymous().get("/alerts/" + id + ".cap").expect(200);
        api.as(CONSULAR).get("/api/v1/alerts/" + id + "/fanout").expect(200);
        JsonNode released = api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).json();
        assertThat(released.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(released.get("reviewedBy").asString()).isEqualTo(APPROVER);
        assertThat(released.get("submittedBy").asString()).isEqualTo(CONSULAR);
    }

    @Test
    void theClearedApproverSeesTheFindingsAndCanOnlyReturnALeakingAlert() {
        String id = api.as(CONSULAR).post("/api/v1/alerts", withField("languages[0].description",
                "Источник " + GUESSED_TERM + " сообщает о нападении.")).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);

        JsonNode review = api.as(APPROVER).get("/api/v1/alerts/" + id + "/release-review").expect(200).json();
        assertThat(review.get("clean").asBoolean()).isFalse();
        assertThat(review.get("findings").findValuesAsString("field")).containsExactly("languages[0].description");
        assertThat(review.get("findings").get(0).get("leaks").get(0).get("term").asString()).isEqualTo("NIGHTJAR");
        assertThat(review.get("fields").findValuesAsString("field")).contains("sender", "headline", "description",
                "area.description", "languages[0].instruction");

        var refused = api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE"))
                .expect(422);
        assertThat(refused.text("detail")).contains("languages[0].description");
        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RETURN")).expect(400);
        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RETURN",
                "note", "Remove the name " + GUESSED_TERM + ".")).expect(422);
        var returned = api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RETURN",
                "note", "The Russian text names where the information came from; describe the threat only."))
                .expect(200);

        assertThat(returned.text("status")).isEqualTo("RETURNED");
        JsonNode seenByWriter = api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).json();
        assertThat(seenByWriter.get("status").asString()).isEqualTo("RETURNED");
        assertThat(seenByWriter.get("reviewNote").asString()).contains("describe the threat only");
        assertThat(seenByWriter.has("findings")).isFalse();
        api.anonymous().get("/alerts/" + id + ".cap").expect(404);
        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(409);
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(409);
    }

    @Test
    void anApproverNotClearedForTheThreatIsRefused() {
        String id = api.as(CONSULAR).post("/api/v1/alerts", linkedAlert()).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);

        var review = api.as(JUNIOR_APPROVER).get("/api/v1/alerts/" + id + "/release-review").expect(403);
        api.as(JUNIOR_APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(403);
        api.as(CONSULAR).get("/api/v1/alerts/" + id + "/release-review").expect(403);

        assertThat(review.text("detail")).contains("clearance");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).text("status"))
                .isEqualTo("AWAITING_RELEASE");
    }

    @Test
    void whoWroteTheAlertCannotReleaseIt() {
        // Written by someone who is also a cleared approver, put forward by someone who is not cleared.
        String id = api.as(CONSULAR_APPROVER).post("/api/v1/alerts", linkedAlert()).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);

        var refused = api.as(CONSULAR_APPROVER).post("/api/v1/alerts/" + id + "/release",
                Map.of("decision", "RELEASE")).expect(403);

        assertThat(refused.text("type")).endsWith("separation-of-duties");
        api.as(CONSULAR_APPROVER).get("/api/v1/alerts/" + id + "/release-review").expect(403);
        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(200);
    }

    @Test
    void updatesAndCancelsWaitForReleaseWhileThePublishedVersionStays() {
        String first = publishedByRelease(linkedAlert());

        String update = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update",
                Map.of("headline", "Updated: avoid large gatherings until Sunday")).expect(201).id();
        assertThat(api.anonymous().get("/alerts.atom").expect(200).body()).contains(first).doesNotContain(update);
        api.as(APPROVER).post("/api/v1/alerts/" + update + "/release", Map.of("decision", "RELEASE")).expect(200);

        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + first).expect(200).text("status")).isEqualTo("SUPERSEDED");
        assertThat(api.anonymous().get("/alerts.atom").expect(200).body()).contains(update).doesNotContain(first);
        assertThat(api.anonymous().get("/alerts/" + update + ".cap").expect(200).body())
                .contains("<msgType>Update</msgType>", "urn:forewarn:alert:" + first);

        var withoutNote = api.as(CONSULAR).post("/api/v1/alerts/" + update + "/cancel", null).expect(201);
        assertThat(withoutNote.text("status")).as("a cancel without a note adds no text").isEqualTo("PUBLISHED");
    }

    @Test
    void aReleasedSuccessorNeedsItsPredecessorStillCurrent() {
        String first = publishedByRelease(linkedAlert());
        String update = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/update",
                Map.of("headline", "Updated headline")).expect(201).id();
        String cancel = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/cancel",
                Map.of("note", "The threat has passed.")).expect(201).id();

        api.as(APPROVER).post("/api/v1/alerts/" + cancel + "/release", Map.of("decision", "RELEASE")).expect(200);

        api.as(APPROVER).post("/api/v1/alerts/" + update + "/release", Map.of("decision", "RELEASE")).expect(409);
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + first).expect(200).text("status")).isEqualTo("CANCELLED");
    }

    @Test
    void approversFindAlertsAwaitingReleaseInTheDueQueueWithoutTheirText() {
        String id = api.as(CONSULAR).post("/api/v1/alerts", withField("headline",
                "Security Alert: " + GUESSED_TERM)).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);

        JsonNode item = null;
        for (JsonNode i : api.as(APPROVER).all("/api/v1/due?mine=true")) {
            if (i.get("subjectId").asString().equals(id)) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("kind").asString()).isEqualTo("ALERT_AWAITING_RELEASE");
        assertThat(item.get("actionRole").asString()).isEqualTo("APPROVER");
        assertThat(item.get("threatId").asString()).isEqualTo(threat);
        assertThat(item.toString()).doesNotContainIgnoringCase("nightjar");

        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RETURN",
                "note", "Please describe the threat in general terms.")).expect(200);
        assertThat(api.as(APPROVER).all("/api/v1/due").findValuesAsString("subjectId"))
                .doesNotContain(id);
    }

    @Test
    void theAuditChainRecordsEachStepButNeverTheFindings() {
        String returned = api.as(CONSULAR).post("/api/v1/alerts", withField("description",
                "Reporting from " + GUESSED_TERM + " indicates an attack.")).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + returned + "/publish", null).expect(200);
        api.as(APPROVER).get("/api/v1/alerts/" + returned + "/release-review").expect(200);
        api.as(APPROVER).post("/api/v1/alerts/" + returned + "/release", Map.of("decision", "RETURN",
                "note", "Describe the threat only.")).expect(200);
        publishedByRelease(linkedAlert());

        var audit = api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200);

        assertThat(audit.json().findValuesAsString("eventType")).containsSubsequence("AlertDrafted",
                "AlertSubmittedForRelease", "AlertReturned", "AlertDrafted", "AlertSubmittedForRelease",
                "AlertReleased", "AlertPublished");
        assertThat(audit.body()).doesNotContainIgnoringCase("nightjar").doesNotContain("findings", "leaks");
    }
}
