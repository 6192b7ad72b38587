package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.ANALYST_APPROVER;
import static org.forewarn.testing.TestUsers.ANALYST_LIAISON;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.LIAISON;
import static org.forewarn.testing.TestUsers.JUNIOR_APPROVER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Supplier;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Separation of duties and clearance hold when someone sets things up around them: an uncleared
 * approver, one person holding two roles, a recipient entered again under a friendlier
 * relationship, a hand-over dated to suit, reasons for withholding read by the uncleared.
 */
class DutiesHoldTests extends IntegrationTest {

    private static final String REASON = "naming the rooftop relay would burn the source";

    @Autowired
    ScenarioClock clock;
    @Autowired
    JdbcClient jdbc;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void approverNotClearedForTheCaseCannotDecideItsDeterminationOrWarning() {
        String threat = cases.threat();
        String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();

        var refused = api.as(JUNIOR_APPROVER).post("/api/v1/determinations/" + determination + "/approval",
                Map.of("decision", "APPROVE")).expect(403);
        assertThat(refused.text("type")).endsWith("not-cleared");
        assertThat(api.as(ANALYST).get("/api/v1/determinations/" + determination).expect(200).text("state"))
                .isEqualTo("PROPOSED");

        api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);
        String warning = cases.draft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(JUNIOR_APPROVER).post("/api/v1/warnings/" + warning + "/approval", Map.of("decision", "APPROVE"))
                .expect(403);
        api.as(JUNIOR_APPROVER).get("/api/v1/warnings/" + warning + "/approval-review").expect(403);
        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("DRAFT");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);
    }

    @Test
    void nobodySendsAWarningTheyDrafted() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        String warning = api.as(ANALYST_LIAISON).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT)).expect(201).id();

        var refused = api.as(ANALYST_LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(403);

        assertThat(refused.text("type")).endsWith("separation-of-duties");
        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("DRAFT");
        assertThat(api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200).text("state"))
                .isEqualTo("DELIVERED");
    }

    @Test
    void recipientEnteredAgainAsAnAllyIsWarnedOnlyWithApprovalUntilAnApproverConfirmsIt() {
        String threat = cases.threatWithDuty();
        cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        // The same service entered again, under another name, as a friend.
        String friendly = cases.unconfirmedRecipient("ALLY", Fixtures.liaisonChannel());
        JsonNode entered = api.as(LIAISON).get("/api/v1/recipients/" + friendly).expect(200).json();
        assertThat(entered.get("approvalRequiredToWarn").asBoolean()).isTrue();
        assertThat(entered.has("relationshipConfirmedBy")).isFalse();

        String warning = cases.draft(threat, friendly, "LIAISON");
        JsonNode drafted = api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).json();
        assertThat(drafted.get("approvalRequired").asBoolean()).isTrue();
        assertThat(drafted.get("nextActions").toString()).doesNotContain("SEND");
        var refused = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);
        assertThat(refused.text("type")).endsWith("approval-required");
        assertThat(api.as(APPROVER).all("/api/v1/due").findValuesAsString("subjectId"))
                .contains(warning);

        // Once an approver confirms the relationship, it counts for new warnings.
        api.as(APPROVER).post("/api/v1/recipients/" + friendly + "/relationship-confirmation",
                Map.of("relationship", "ALLY")).expect(200);
        String next = cases.draft(threat, friendly, "LIAISON");
        assertThat(api.as(LIAISON).post("/api/v1/warnings/" + next + "/send", Map.of()).expect(200).text("state"))
                .isEqualTo("DELIVERED");
        // The first draft was written while the relationship was unconfirmed: it still needs approval.
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);
    }

    @Test
    void whoeverSetARelationshipCannotConfirmIt() {
        String recipient = api.as(ANALYST_APPROVER).post("/api/v1/recipients",
                Fixtures.recipient("ALLY", Fixtures.liaisonChannel())).expect(201).id();

        var refused = api.as(ANALYST_APPROVER).post("/api/v1/recipients/" + recipient + "/relationship-confirmation",
                Map.of("relationship", "ALLY")).expect(403);

        assertThat(refused.text("type")).endsWith("separation-of-duties");
        api.as(ANALYST).post("/api/v1/recipients/" + recipient + "/relationship-confirmation",
                Map.of("relationship", "ALLY")).expect(403);
        api.as(APPROVER).post("/api/v1/recipients/" + recipient + "/relationship-confirmation",
                Map.of("relationship", "PARTNER")).expect(409);
        api.as(APPROVER).post("/api/v1/recipients/" + recipient + "/relationship-confirmation",
                Map.of("relationship", "ALLY")).expect(200);
    }

    @Test
    void changingARelationshipNeedsConfirmingAgainBeforeItCounts() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());

        JsonNode changed = api.as(ANALYST).call(HttpMethod.PUT, "/api/v1/recipients/" + recipient + "/relationship",
                Map.of("relationship", "ALLY", "reason", "Cooperation agreement signed")).expect(200).json();
        assertThat(changed.get("relationship").asString()).isEqualTo("ALLY");
        assertThat(changed.get("approvalRequiredToWarn").asBoolean()).isTrue();
        String warning = cases.draft(threat, recipient, "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);

        // A warning drafted to a confirmed ally waits for approval once the relationship is changed.
        String ally = cases.recipient("ALLY", Fixtures.liaisonChannel());
        String draftedToAlly = cases.draft(threat, ally, "LIAISON");
        api.as(ANALYST).call(HttpMethod.PUT, "/api/v1/recipients/" + ally + "/relationship",
                Map.of("relationship", "NEUTRAL", "reason", "Relations cooled")).expect(200);
        api.as(LIAISON).post("/api/v1/warnings/" + draftedToAlly + "/send", Map.of()).expect(409);

        // On the record of this recipient: its entry, the confirmation, the change (and nothing confirms it since).
        assertThat(jdbc.sql("select event_type || ' by ' || actor from audit_log where subject_id = cast(:id as uuid) "
                + "order by sequence").param("id", recipient).query(String.class).list()).containsExactly(
                "RecipientAdded by " + ANALYST, "RecipientRelationshipConfirmed by " + APPROVER,
                "RecipientRelationshipChanged by " + ANALYST);
    }

    @Test
    void handOverCannotBeDatedBeforeApprovalOrInTheFuture() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = cases.approvedDraft(threat, recipient, "LIAISON");

        for (String when : new String[] {"1970-01-01T00:00:00Z", Instant.now().minusSeconds(3600).toString(),
                Instant.now().plusSeconds(3600).toString()}) {
            var refused = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send",
                    Map.of("handedOverAt", when)).expect(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(when)
                    .isEqualTo("handedOverAt");
        }
        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("APPROVED");
        api.as(LIAISON).get("/api/v1/warnings/" + warning + "/receipt").expect(409);

        String email = cases.approvedDraft(threat, cases.recipient("ADVERSARY",
                Fixtures.emailChannel("desk@example.org")), "EMAIL");
        api.as(LIAISON).post("/api/v1/warnings/" + email + "/send", Map.of("handedOverAt",
                Instant.now().toString())).expect(400);
    }

    @Test
    void lateRecordOfAHandOverShowsWhenItHappenedAndWhenItWasRecorded() {
        String threat = at("2024-03-05T16:30:00+03:00", () -> cases.threatWithDuty());
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = at("2024-03-06T12:00:00+03:00", () -> cases.approvedDraft(threat, recipient, "LIAISON"));

        at("2024-03-07T09:00:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send",
                Map.of("handedOverAt", "2024-03-06T15:00:00+03:00")).expect(200));

        JsonNode receipt = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).json()
                .get("payload");
        assertThat(receipt.get("sentAt").asString()).isEqualTo("2024-03-06T12:00:00Z");
        assertThat(receipt.get("sentRecordedAt").asString()).isEqualTo("2024-03-07T06:00:00Z");
        JsonNode sent = null;
        for (JsonNode entry : api.as(ANALYST).get("/api/v1/threats/" + threat + "/timeline").expect(200).json()
                .get("entries")) {
            if (entry.get("kind").asString().equals("WARNING_SENT")) {
                sent = entry;
            }
        }
        assertThat(sent).isNotNull();
        assertThat(sent.get("at").asString()).isEqualTo("2024-03-06T12:00:00Z");
        assertThat(sent.get("recordedAt").asString()).isEqualTo("2024-03-07T06:00:00Z");
    }

    @Test
    void reasonsForWithholdingAreShownOnlyToReadersClearedForTheCase() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        Map<String, Object> request = Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT);
        request.put("withheldReasons", Map.of("method", REASON));
        String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings", request).expect(201).id();
        api.as(APPROVER).post("/api/v1/warnings/" + warning + "/approval", Map.of()).expect(200);
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        JsonNode cleared = api.as(ANALYST).get("/api/v1/warnings/" + warning).expect(200).json();
        assertThat(cleared.get("facets").get("withheldReasons").get("method").asString()).isEqualTo(REASON);
        assertThat(cleared.get("withheldReasonsRedacted").asBoolean()).isFalse();

        var uncleared = api.as(CONSULAR).get("/api/v1/warnings/" + warning).expect(200);
        assertThat(uncleared.text("releasableText")).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(uncleared.body()).doesNotContain("rooftop");
        assertThat(uncleared.json().get("withheldReasonsRedacted").asBoolean()).isTrue();
        assertThat(uncleared.json().get("facets").get("method").asString()).isEqualTo("WITHHELD");
        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threat + "/warnings").expect(200).body())
                .contains(warning).doesNotContain("rooftop");

        var receipt = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200);
        assertThat(receipt.body()).doesNotContain("rooftop");
        assertThat(receipt.json().get("payload").get("facets").get("method").asString()).isEqualTo("WITHHELD");
        assertThat(api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).body())
                .contains("WarningDrafted", "WITHHELD").doesNotContain("rooftop");
        assertThat(api.as(AUDITOR).get("/api/v1/audit/verify").expect(200).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void clearedApproverSeesTheTextBesideWhatItMustNotReveal() {
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");

        JsonNode review = api.as(APPROVER).get("/api/v1/warnings/" + warning + "/approval-review").expect(200).json();

        assertThat(review.get("warning").get("releasableText").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(review.get("protectedDetails").get("protectedTerms").get(0).asString()).isEqualTo("NIGHTJAR");
        assertThat(review.get("tearline").get("clean").asBoolean()).isTrue();
        api.as(ANALYST).get("/api/v1/warnings/" + warning + "/approval-review").expect(403);
    }

    private <T> T at(String time, Supplier<T> step) {
        return clock.at(OffsetDateTime.parse(time).toInstant(), step);
    }
}
