package org.forewarn.nds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.JUNIOR_APPROVER;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.util.Map;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class NoDoubleStandardTests extends IntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    /** A threat to the public, warned about to a government service. */
    private String warnedOfficials() {
        String threat = cases.threatWithDuty();
        String warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        return threat;
    }

    @Test
    void warningOfficialsAboutAPublicThreatOpensAnObligationThatIsDue() {
        String threat = warnedOfficials();

        JsonNode nds = api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).json();
        assertThat(nds.get("status").asString()).isEqualTo("OPEN");

        JsonNode due = null;
        for (JsonNode item : api.as(CONSULAR).all("/api/v1/due")) {
            if (item.get("kind").asString().equals("NDS_OBLIGATION_OPEN")
                    && item.get("threatId").asString().equals(threat)) {
                due = item;
            }
        }
        assertThat(due).isNotNull();
        assertThat(due.get("actionRole").asString()).isEqualTo("CONSULAR");
        assertThat(due.has("waitingFor")).isTrue();
    }

    @Test
    void openObligationBlocksClosingTheThreat() {
        String threat = warnedOfficials();

        var refused = api.as(ANALYST).post("/api/v1/threats/" + threat + "/closure",
                Map.of("reason", "Plot disrupted")).expect(409);

        assertThat(refused.text("detail")).contains("No-Double-Standard obligation");
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat).expect(200).text("status")).isEqualTo("OPEN");
    }

    @Test
    void publishedPublicAlertLinkedToTheThreatSatisfiesIt() {
        String threat = warnedOfficials();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        String id = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();

        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).text("status"))
                .as("a draft does not satisfy it").isEqualTo("OPEN");
        // Consular is not cleared for the threat: the alert waits for a cleared approver's release.
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);
        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).text("status"))
                .as("an alert awaiting release does not satisfy it").isEqualTo("OPEN");
        assertThat(api.as(CONSULAR).all("/api/v1/due").findValuesAsString("subjectId"))
                .as("the obligation is still due").contains(threat);
        var closing = api.as(ANALYST).post("/api/v1/threats/" + threat + "/closure", Map.of("reason", "x"));
        assertThat(closing.status()).isEqualTo(409);
        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(200);

        JsonNode nds = api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).json();
        assertThat(nds.get("status").asString()).isEqualTo("SATISFIED_BY_ALERT");
        assertThat(nds.get("alertId").asString()).isEqualTo(id);
        assertThat(api.as(CONSULAR).all("/api/v1/due").findValuesAsString("subjectId"))
                .doesNotContain(threat);
        var closed = api.as(ANALYST).post("/api/v1/threats/" + threat + "/closure",
                Map.of("reason", "Public warned; case complete")).expect(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).json().get("items")
                .findValuesAsString("eventType")).containsSubsequence("WarningSent", "NdsObligationOpened",
                "AlertSubmittedForRelease", "AlertReleased", "AlertPublished", "NdsObligationSatisfied",
                "ThreatClosed");
    }

    @Test
    void approverMayGrantAWrittenException() {
        String threat = warnedOfficials();

        api.as(CONSULAR).post("/api/v1/threats/" + threat + "/nds-exception", Map.of("reason", "x")).expect(403);
        api.as(APPROVER).post("/api/v1/threats/" + threat + "/nds-exception", Map.of()).expect(400);
        var granted = api.as(APPROVER).post("/api/v1/threats/" + threat + "/nds-exception",
                Map.of("reason", "A public alert would tip off the plotters during an arrest operation.")).expect(200);

        assertThat(granted.text("status")).isEqualTo("EXCEPTION_GRANTED");
        assertThat(granted.text("exceptionBy")).isEqualTo(APPROVER);
        api.as(APPROVER).post("/api/v1/threats/" + threat + "/nds-exception", Map.of("reason", "again")).expect(409);
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/closure", Map.of("reason", "done")).expect(200);
    }

    @Test
    void anApproverNotClearedForTheThreatCannotGrantAnException() {
        String threat = warnedOfficials();

        var refused = api.as(JUNIOR_APPROVER).post("/api/v1/threats/" + threat + "/nds-exception",
                Map.of("reason", "A public alert would tip off the plotters.")).expect(403);

        assertThat(refused.text("detail")).contains("clearance");
        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).text("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void anAlertReturnedByTheApproverNeverSatisfiesIt() {
        String threat = warnedOfficials();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        String id = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);

        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RETURN",
                "note", "Say when the danger is expected to pass.")).expect(200);

        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).text("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void threatNotAffectingThePublicOpensNoObligation() {
        Map<String, Object> body = Fixtures.threat();
        body.put("affectsGeneralPublic", false);
        String threat = api.as(ANALYST).post("/api/v1/threats", body).expect(201).id();
        String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();
        api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);
        String warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(404);
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/closure", Map.of("reason", "done")).expect(200);
    }

    @Test
    void warningAVenueIsNotWarningOfficials() {
        String threat = cases.threatWithDuty();
        Map<String, Object> venue = Fixtures.recipient("PARTNER", Fixtures.liaisonChannel());
        venue.put("kind", "VENUE");
        String recipient = api.as(ANALYST).post("/api/v1/recipients", venue).expect(201).id();
        api.as(APPROVER).post("/api/v1/recipients/" + recipient + "/relationship-confirmation",
                Map.of("relationship", "PARTNER")).expect(200);
        String warning = cases.draft(threat, recipient, "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(404);
    }

    @Test
    void alertPublishedBeforeTheWarningSatisfiesTheObligationAtOnce() {
        String threat = cases.threatWithDuty();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        String id = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);
        api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(200);

        String warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threat + "/nds").expect(200).text("status"))
                .isEqualTo("SATISFIED_BY_ALERT");
    }

    @Test
    void closedThreatStaysClosed() {
        String threat = cases.threat();
        api.as(APPROVER).post("/api/v1/threats/" + threat + "/closure", Map.of("reason", "No threat")).expect(200);

        api.as(APPROVER).post("/api/v1/threats/" + threat + "/closure", Map.of("reason", "again")).expect(409);
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn()).expect(409);
    }
}
