package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.ANALYST_APPROVER;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.util.List;
import java.util.Map;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class WarningWorkflowTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScenarioClock clock;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void tearlineNamingAProtectedTermIsRefusedAndNothingIsStored() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings", Fixtures.warning(recipient,
                "LIAISON", Fixtures.CLEAN_TEXT + " This comes from Night-jar reporting.")).expect(422);

        assertThat(response.text("type")).endsWith("tearline-leak");
        assertThat(response.text("detail")).contains("NIGHTJAR", "Night-jar");
        JsonNode leak = response.json().get("leaks").get(0);
        assertThat(leak.get("kind").asString()).isEqualTo("PROTECTED_TERM");
        assertThat(leak.get("found").asString()).isEqualTo("Night-jar");
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat + "/warnings").expect(200).json().get("items")).isEmpty();
    }

    @Test
    void tearlineCheckIgnoresCaseSpacingPunctuationAndHyphens() {
        String threat = cases.threatWithDuty();
        for (String leaking : List.of("the nightjar source", "NIGHT JAR", "n.i.g.h.t.j.a.r", "per the cell 7 intercept",
                "Cell7-Intercept", "using a Placeholder Method-Name that must never reach a TEARLINE")) {
            var result = api.as(ANALYST).post("/api/v1/threats/" + threat + "/tearline-check",
                    Map.of("text", leaking)).expect(200);
            assertThat(result.json().get("clean").asBoolean()).as(leaking).isFalse();
        }
        var clean = api.as(ANALYST).post("/api/v1/threats/" + threat + "/tearline-check",
                Map.of("text", Fixtures.CLEAN_TEXT)).expect(200);
        assertThat(clean.json().get("clean").asBoolean()).isTrue();
    }

    @Test
    void tearlineCheckCatchesTheCollectionMethodAndSourceFragments() {
        String threat = cases.threatWithDuty();

        var method = api.as(ANALYST).post("/api/v1/threats/" + threat + "/tearline-check",
                Map.of("text", "Obtained via placeholder method name that must never reach a tearline.")).expect(200);
        var source = api.as(ANALYST).post("/api/v1/threats/" + threat + "/tearline-check",
                Map.of("text", "According to liaison derived reporting, an attack is planned.")).expect(200);

        assertThat(method.json().get("leaks").get(0).get("kind").asString()).isEqualTo("COLLECTION_METHOD");
        assertThat(source.json().get("leaks").get(0).get("kind").asString()).isEqualTo("SOURCE_DESCRIPTION");
        assertThat(source.json().get("leaks").get(0).get("found").asString()).isEqualTo("liaison derived reporting");
    }

    @Test
    void analystNotClearedForTheThreatCannotWriteItsTearline() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());

        var response = api.as(JUNIOR_ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", "NIGHTJAR says hello")).expect(403);

        assertThat(response.body()).doesNotContain("NIGHTJAR\"", "protected term");
        api.as(JUNIOR_ANALYST).post("/api/v1/threats/" + threat + "/tearline-check", Map.of("text", "x")).expect(403);
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat + "/warnings").expect(200).json().get("items")).isEmpty();
    }

    @Test
    void warningNeedsAnApprovedDutyToWarn() {
        String threat = cases.threat();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT)).expect(409);

        assertThat(response.text("detail")).contains("no approved DUTY_TO_WARN");
    }

    @Test
    void draftShowsSpecificityFromItsFacets() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        Map<String, Object> vague = Fixtures.warning(recipient, "LIAISON",
                "Extremists may attack somewhere in Moscow at some point.");
        vague.put("facets", Map.of("actor", "SHARED", "target", "WITHHELD", "place", "SHARED", "time", "WITHHELD",
                "method", "WITHHELD"));
        vague.put("withheldReasons", Map.of("target", "would reveal the source", "time", "unknown",
                "method", "would reveal the method"));

        JsonNode specific = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT)).expect(201).json();
        JsonNode general = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings", vague).expect(201).json();

        assertThat(specific.get("specificity").get("score").asInt()).isEqualTo(90);
        assertThat(specific.get("specificity").get("level").asString()).isEqualTo("HIGH");
        assertThat(general.get("specificity").get("score").asInt()).isEqualTo(40);
        assertThat(general.get("specificity").get("level").asString()).isEqualTo("LOW");
        assertThat(general.get("specificity").get("explanation").asString()).contains("too general");
    }

    @Test
    void withheldFacetNeedsAReason() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        Map<String, Object> warning = Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT);
        warning.remove("withheldReasons");

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings", warning).expect(400);

        assertThat(response.text("detail")).contains("withheldReasons.method");
    }

    @Test
    void reasonsMayAlsoBeGivenInsideTheFacets() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        Map<String, Object> warning = Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT);
        warning.remove("withheldReasons");
        warning.put("facets", Map.of("actor", "SHARED", "target", "SHARED", "place", "SHARED", "time", "SHARED",
                "method", "WITHHELD", "withheldReasons", Map.of("method", "protects the method")));

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings", warning).expect(201);

        assertThat(response.json().get("facets").get("withheldReasons").get("method").asString())
                .isEqualTo("protects the method");
    }

    @Test
    void recipientMustHaveTheChosenChannel() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "EMAIL", Fixtures.CLEAN_TEXT)).expect(422);

        assertThat(response.text("detail")).contains("no EMAIL channel", "LIAISON");
    }

    @Test
    void adversaryWarningCannotBeSentBeforeApproval() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");

        var response = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);

        assertThat(response.text("detail")).contains("ADVERSARY", "approved before they are sent");
        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("DRAFT");
    }

    @Test
    void neutralWarningCannotBeSentBeforeApprovalEither() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("NEUTRAL", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");

        var response = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);

        assertThat(response.text("detail")).contains("NEUTRAL", "approved before they are sent");
        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("DRAFT");
    }

    @Test
    void allyWarningMayBeSentWithoutApproval() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");

        var sent = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send",
                Map.of("handoverNote", "Passed by secure phone")).expect(200);

        assertThat(sent.text("state")).isEqualTo("DELIVERED");
    }

    @Test
    void drafterCannotApproveTheirOwnWarning() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = api.as(ANALYST_APPROVER).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT)).expect(201).id();

        var response = api.as(ANALYST_APPROVER).post("/api/v1/warnings/" + warning + "/approval",
                Map.of("decision", "APPROVE")).expect(403);

        assertThat(response.text("type")).endsWith("separation-of-duties");
    }

    @Test
    void liaisonHandoverDeliversAcknowledgesAndRecordsADispute() {
        String threat = at("2024-03-05T16:30:00+03:00", () -> cases.threatWithDuty());
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = at("2024-03-06T12:00:00+03:00", () -> cases.approvedDraft(threat, recipient, "LIAISON"));

        // Recorded an hour after the hand-over: the record keeps both times.
        var sent = at("2024-03-06T16:00:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send",
                Map.of("deliveredBy", "Station liaison officer", "handoverNote", "Read out and handed over in writing",
                        "handedOverAt", "2024-03-06T15:00:00+03:00")).expect(200));

        assertThat(sent.text("state")).isEqualTo("DELIVERED");
        assertThat(sent.text("deliveredBy")).isEqualTo("Station liaison officer");
        assertThat(sent.text("handoverNote")).isEqualTo("Read out and handed over in writing");
        assertThat(sent.text("deliveredAt")).isEqualTo("2024-03-06T12:00:00Z");
        assertThat(sent.text("sentRecordedAt")).isEqualTo("2024-03-06T13:00:00Z");
        assertThat(sent.json().get("receiptAvailable").asBoolean()).isTrue();

        var acknowledged = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment", Map.of(
                "receivedAt", "2024-03-07T12:00:00+03:00", "response", "Information too general")).expect(200);
        assertThat(acknowledged.text("state")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.text("response")).isEqualTo("Information too general");

        var disputed = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/responses", Map.of(
                "kind", "DISPUTE", "receivedAt", "2024-03-26T12:00:00+03:00",
                "text", "The information was too general", "source", "Head of the SVR, to Interfax")).expect(200);
        JsonNode responses = disputed.json().get("responses");
        assertThat(responses).hasSize(2);
        assertThat(responses.get(1).get("kind").asString()).isEqualTo("DISPUTE");

        var audit = api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200);
        assertThat(audit.json().findValuesAsString("eventType")).containsSubsequence("ThreatReported",
                "DeterminationProposed", "DeterminationApproved", "WarningDrafted", "WarningApproved", "WarningSent",
                "WarningDelivered", "WarningAcknowledged", "WarningResponseRecorded");
    }

    @Test
    void illegalMovesAre409AndChangeNothing() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");

        var ack = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment",
                Map.of("receivedAt", "2024-03-07T12:00:00Z")).expect(409);
        assertThat(ack.text("detail")).contains("DRAFT cannot be acknowledged");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/escalation", Map.of("note", "x")).expect(409);

        api.as(APPROVER).post("/api/v1/warnings/" + warning + "/approval", Map.of()).expect(200);
        api.as(APPROVER).post("/api/v1/warnings/" + warning + "/approval", Map.of()).expect(409);
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        var twice = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);
        assertThat(twice.text("detail")).contains("DELIVERED cannot be sent");

        assertThat(jdbc.sql("select count(*) from deliveries where warning_id = cast(:id as uuid)")
                .param("id", warning).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectedWarningIsFinal() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");

        var rejected = api.as(APPROVER).post("/api/v1/warnings/" + warning + "/approval",
                Map.of("decision", "REJECT", "note", "Name the venue")).expect(200);

        assertThat(rejected.text("state")).isEqualTo("REJECTED");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);
    }

    @Test
    void acknowledgmentBeforeTheWarningWasSentIsRefused() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        var response = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment",
                Map.of("receivedAt", "2024-03-01T00:00:00Z")).expect(422);

        assertThat(response.text("detail")).contains("before the warning was sent");
    }

    @Test
    void receiptIsNotAvailableBeforeDelivery() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");

        var response = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(409);

        assertThat(response.text("detail")).contains("DRAFT");
    }

    /** Runs a step as if at that time, as the demo replays a case. */
    private <T> T at(String time, java.util.function.Supplier<T> step) {
        return clock.at(java.time.OffsetDateTime.parse(time).toInstant(), step);
    }
}
