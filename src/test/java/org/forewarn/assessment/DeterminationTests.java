package org.forewarn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.ANALYST_APPROVER;
import static org.forewarn.testing.TestUsers.APPROVER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeterminationTests extends IntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void approvedDutyToWarnStartsTheWarningDeadline() {
        String threat = cases.threat();
        var proposed = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn())
                .expect(201);
        assertThat(proposed.text("state")).isEqualTo("PROPOSED");
        assertThat(proposed.header("Location")).isEqualTo("/api/v1/determinations/" + proposed.id());

        var approved = api.as(APPROVER).post("/api/v1/determinations/" + proposed.id() + "/approval",
                Map.of("decision", "APPROVE", "note", "Agreed.")).expect(200);

        assertThat(approved.text("state")).isEqualTo("APPROVED");
        assertThat(approved.text("decidedBy")).isEqualTo(APPROVER);
        Instant decidedAt = Instant.parse(approved.text("decidedAt"));
        assertThat(Duration.between(decidedAt, Instant.parse(approved.text("warnBy")))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void dutyToWarnNeedsCredibleAndSpecificInformation() {
        String threat = cases.threat();
        Map<String, Object> vague = Fixtures.dutyToWarn();
        vague.put("specific", false);
        vague.put("credible", false);

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", vague).expect(422);

        assertThat(response.text("detail")).contains("credible", "specific", "NO_DUTY");
        assertThat(response.json().get("unmetCriteria")).hasSize(2);
    }

    @Test
    void dutyToWarnNeedsAQualifyingHarm() {
        Map<String, Object> body = Fixtures.threat();
        body.put("harmTypes", List.of("OTHER"));
        String threat = api.as(ANALYST).post("/api/v1/threats", body).expect(201).id();

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn())
                .expect(422);

        assertThat(response.text("detail")).contains("INTENTIONAL_KILLING", "KIDNAPPING", "[OTHER]");
    }

    @Test
    void noDutyCanBeProposedWhateverTheCriteria() {
        String threat = cases.threat();
        Map<String, Object> noDuty = Fixtures.dutyToWarn();
        noDuty.put("outcome", "NO_DUTY");
        noDuty.put("specific", false);

        api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", noDuty).expect(201);
    }

    @Test
    void waiverWithoutJustificationIsRejected() {
        String threat = cases.threat();
        Map<String, Object> waiver = Fixtures.dutyToWarn();
        waiver.put("outcome", "WAIVED");

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", waiver).expect(422);

        assertThat(response.text("detail")).contains("waiverJustification", "LIAISON_WILL_WARN");
    }

    @Test
    void waiverWithAJustificationIsProposedAndExplained() {
        String threat = cases.threat();
        Map<String, Object> waiver = Fixtures.dutyToWarn();
        waiver.put("outcome", "WAIVED");
        waiver.put("waiverJustification", "ENDANGERS_SOURCES_OR_OPERATIONS");

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", waiver).expect(201);

        assertThat(response.text("waiverMeaning")).contains("endanger sources");
    }

    @Test
    void unknownWaiverJustificationIsA400() {
        String threat = cases.threat();
        Map<String, Object> waiver = Fixtures.dutyToWarn();
        waiver.put("outcome", "WAIVED");
        waiver.put("waiverJustification", "TOO_BUSY");

        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", waiver).expect(400);

        assertThat(response.text("detail")).contains("TOO_BUSY", "NO_REASONABLE_MEANS");
    }

    @Test
    void justificationOnAnythingButAWaiverIsA400() {
        String threat = cases.threat();
        Map<String, Object> duty = Fixtures.dutyToWarn();
        duty.put("waiverJustification", "VICTIM_ALREADY_AWARE");

        api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", duty).expect(400);
    }

    @Test
    void approverCannotApproveTheirOwnDetermination() {
        String threat = cases.threat();
        String proposed = api.as(ANALYST_APPROVER).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();

        var response = api.as(ANALYST_APPROVER).post("/api/v1/determinations/" + proposed + "/approval",
                Map.of("decision", "APPROVE")).expect(403);

        assertThat(response.text("type")).endsWith("separation-of-duties");
        assertThat(api.as(ANALYST).get("/api/v1/determinations/" + proposed).expect(200).text("state"))
                .isEqualTo("PROPOSED");
        api.as(APPROVER).post("/api/v1/determinations/" + proposed + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);
    }

    @Test
    void aDecidedDeterminationCannotBeDecidedAgain() {
        String threat = cases.threat();
        String proposed = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();
        api.as(APPROVER).post("/api/v1/determinations/" + proposed + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);

        var again = api.as(APPROVER).post("/api/v1/determinations/" + proposed + "/approval",
                Map.of("decision", "REJECT", "note", "Changed my mind")).expect(409);

        assertThat(again.text("detail")).contains("already approved");
    }

    @Test
    void rejectionNeedsANoteAndLeavesNoDuty() {
        String threat = cases.threat();
        String proposed = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();

        api.as(APPROVER).post("/api/v1/determinations/" + proposed + "/approval", Map.of("decision", "REJECT"))
                .expect(400);
        api.as(APPROVER).post("/api/v1/determinations/" + proposed + "/approval",
                Map.of("decision", "REJECT", "note", "Not specific enough yet.")).expect(200);

        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT)).expect(409);
    }

    @Test
    void onlyOneDeterminationAwaitsApprovalAtATime() {
        String threat = cases.threat();
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn()).expect(201);

        var second = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn())
                .expect(409);

        assertThat(second.text("detail")).contains("awaiting approval");
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat + "/determinations").expect(200).json().get("items")).hasSize(1);
    }

    @Test
    void laterApprovedNoDutySupersedesTheDuty() {
        String threat = cases.threatWithDuty();
        Map<String, Object> noDuty = Fixtures.dutyToWarn();
        noDuty.put("outcome", "NO_DUTY");
        noDuty.put("rationale", "The plot was disrupted; no threat remains.");
        String later = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", noDuty).expect(201).id();
        api.as(APPROVER).post("/api/v1/determinations/" + later + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);

        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        var refused = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT)).expect(409);
        assertThat(refused.text("detail")).contains("no approved DUTY_TO_WARN");
    }

    @Test
    void determinationForUnknownThreatIs404() {
        api.as(ANALYST).post("/api/v1/threats/00000000-0000-0000-0000-0000000000aa/determinations",
                Fixtures.dutyToWarn()).expect(404);
    }
}
