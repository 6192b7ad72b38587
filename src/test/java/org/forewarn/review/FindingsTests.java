package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.ANALYST_2;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CLEARED_CONSULAR;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Analysts record an after-action review's findings and plan, track and close its corrective actions. */
class FindingsTests extends IntegrationTest {

    /** The fixture threat's zone: an action's completion date is a day there. */
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystRecordsAStrengthAndAnAreaForImprovementWithItsRootCause() {
        String threat = new Cases(api).threat();

        Api.Response strength = api.as(ANALYST).post(findingsOf(threat), Map.of("kind", "STRENGTH",
                "title", "Officials were warned 16 days before the attack",
                "observation", "The liaison hand-over happened within a day of the determination.")).expect(201);
        Api.Response area = api.as(APPROVER).post(findingsOf(threat), areaForImprovement()).expect(201);

        assertThat(strength.header("Location")).isEqualTo("/api/v1/findings/" + strength.id());
        JsonNode read = api.as(AUDITOR).get("/api/v1/findings/" + area.id()).expect(200).json();
        assertThat(read.get("kind").asString()).isEqualTo("AREA_FOR_IMPROVEMENT");
        assertThat(read.get("title").asString()).isEqualTo("Public alert 30 h after officials were warned");
        assertThat(read.get("rootCause").asString()).isEqualTo("No consular officer on the night shift");
        assertThat(read.get("recommendation").asString()).isEqualTo("Put a consular officer on call");
        assertThat(read.get("basedOn").asString()).isEqualTo("nds.delay");
        assertThat(read.get("recorded").get("by").asString()).isEqualTo(APPROVER);
        assertThat(read.get("actions")).isEmpty();
        assertThat(strength.text("rootCause")).isNull();
        assertThat(strength.text("kind")).isEqualTo("STRENGTH");
    }

    @Test
    void anAreaForImprovementWithoutARootCauseIsRefusedNamingIt() {
        String threat = new Cases(api).threat();
        Map<String, Object> finding = areaForImprovement();
        finding.remove("rootCause");

        Api.Response refused = api.as(ANALYST).post(findingsOf(threat), finding).expect(422);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("rootCause");
        assertThat(refused.text("detail")).contains("required for an area for improvement");
        assertThat(api.as(ANALYST).get(findingsOf(threat)).expect(200).json().get("items")).isEmpty();
    }

    @Test
    void aCorrectiveActionCarriesEveryColumnOfTheImprovementPlan() {
        String threat = new Cases(api).threat();
        String finding = api.as(ANALYST).post(findingsOf(threat), areaForImprovement()).expect(201).id();

        Api.Response planned = api.as(ANALYST).post(actionsOf(finding), action(LIAISON, "2026-01-05", "2026-03-31"))
                .expect(201);

        assertThat(planned.header("Location")).isEqualTo("/api/v1/corrective-actions/" + planned.id());
        JsonNode row = api.as(AUDITOR).get("/api/v1/findings/" + finding).expect(200).json().get("actions").get(0);
        assertThat(row.get("id").asString()).isEqualTo(planned.id());
        assertThat(row.get("capabilityElement").asString()).isEqualTo("TRAINING");
        assertThat(row.get("description").asString()).isEqualTo("Train night-shift consular staff on NDS alerts");
        assertThat(row.get("responsibleOrganization").asString()).isEqualTo("Consular Affairs, Moscow");
        assertThat(row.get("pointOfContact").asString()).isEqualTo(LIAISON);
        assertThat(row.get("startDate").asString()).isEqualTo("2026-01-05");
        assertThat(row.get("completionDate").asString()).isEqualTo("2026-03-31");
        assertThat(row.get("status").asString()).isEqualTo("OPEN");
        assertThat(row.get("planned").get("by").asString()).isEqualTo(ANALYST);
    }

    @Test
    void aStrengthGetsNoCorrectiveActions() {
        String threat = new Cases(api).threat();
        String strength = api.as(ANALYST).post(findingsOf(threat), Map.of("kind", "STRENGTH", "title", "Fast hand-over",
                "observation", "Within a day.")).expect(201).id();

        Api.Response refused = api.as(ANALYST).post(actionsOf(strength), action(LIAISON, "2026-01-05", "2026-03-31"))
                .expect(422);

        assertThat(refused.text("type")).endsWith("strength-has-no-actions");
        assertThat(refused.text("detail")).contains("corrective actions belong to areas for improvement");
    }

    @Test
    void aCompletionDateBeforeTheStartIsRefused() {
        String finding = areaOnNewCase();

        Api.Response refused = api.as(ANALYST).post(actionsOf(finding), action(LIAISON, "2026-03-31", "2026-01-05"))
                .expect(400);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("completionDate");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must not be before startDate");
    }

    @Test
    void thePointOfContactMustBeAUserClearedForTheCase() {
        String finding = areaOnNewCase();

        Api.Response unknown = api.as(ANALYST).post(actionsOf(finding), action("nobody-" + UUID.randomUUID(),
                "2026-01-05", "2026-03-31")).expect(422);
        Api.Response uncleared = api.as(ANALYST).post(actionsOf(finding), action(JUNIOR_ANALYST, "2026-01-05",
                "2026-03-31")).expect(422);

        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("pointOfContact");
        assertThat(unknown.text("detail")).contains("is not a Forewarn user");
        assertThat(uncleared.json().get("errors").get(0).get("field").asString()).isEqualTo("pointOfContact");
        assertThat(uncleared.text("detail")).contains("'" + JUNIOR_ANALYST + "' is not cleared for this case");
    }

    @Test
    void aFindingThatRevealsAProtectedTermIsRefusedAndNothingIsStored() {
        String threat = new Cases(api).threat();
        Map<String, Object> finding = areaForImprovement();
        finding.put("observation", "The Nightjar reporting was shared too late.");

        Api.Response refused = api.as(ANALYST).post(findingsOf(threat), finding).expect(422);

        assertThat(refused.text("type")).endsWith("protected-content");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("observation");
        assertThat(refused.text("detail")).contains("NIGHTJAR");
        assertThat(jdbc.sql("select count(*) from review_findings where threat_id = :t")
                .param("t", UUID.fromString(threat)).query(Long.class).single()).isZero();
        assertThat(api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).json().get("items")
                .findValuesAsString("eventType")).doesNotContain("FindingRecorded");
    }

    @Test
    void anActionWhoseDescriptionRevealsTheCollectionMethodIsRefused() {
        String finding = areaOnNewCase();
        Map<String, Object> action = action(LIAISON, "2026-01-05", "2026-03-31");
        action.put("description", "Stop using the placeholder method name that must never reach a tearline");

        Api.Response refused = api.as(ANALYST).post(actionsOf(finding), action).expect(422);

        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(api.as(ANALYST).get("/api/v1/findings/" + finding).expect(200).json().get("actions")).isEmpty();
    }

    @Test
    void onlyAnalystsAndApproversClearedForTheCaseWriteFindings() {
        String threat = new Cases(api).threat();
        String finding = api.as(ANALYST).post(findingsOf(threat), areaForImprovement()).expect(201).id();

        Api.Response uncleared = api.as(JUNIOR_ANALYST).post(findingsOf(threat), areaForImprovement()).expect(403);
        api.as(JUNIOR_ANALYST).post(actionsOf(finding), action(LIAISON, "2026-01-05", "2026-03-31")).expect(403);
        api.as(LIAISON).post(findingsOf(threat), areaForImprovement()).expect(403);

        assertThat(uncleared.text("type")).endsWith("not-cleared");
        assertThat(api.as(ANALYST).get(findingsOf(threat)).expect(200).json().get("items")).hasSize(1);
    }

    @Test
    void unknownCasesFindingsAndActionsAre404() {
        String unknown = UUID.randomUUID().toString();

        api.as(ANALYST).post(findingsOf(unknown), areaForImprovement()).expect(404);
        api.as(ANALYST).get(findingsOf(unknown)).expect(404);
        api.as(ANALYST).get("/api/v1/findings/" + unknown).expect(404);
        api.as(ANALYST).post(actionsOf(unknown), action(LIAISON, "2026-01-05", "2026-03-31")).expect(404);
        api.as(ANALYST).post("/api/v1/corrective-actions/" + unknown + "/completion", Map.of("note", "done"))
                .expect(404);
    }

    @Test
    void theAuditChainHoldsFindingsAndActionsInOrder() {
        String threat = new Cases(api).threat();
        String finding = api.as(ANALYST).post(findingsOf(threat), areaForImprovement()).expect(201).id();
        String done = api.as(ANALYST).post(actionsOf(finding), action(LIAISON, "2026-01-05", "2026-03-31"))
                .expect(201).id();
        String dropped = api.as(ANALYST).post(actionsOf(finding), action(LIAISON, "2026-01-05", "2026-03-31"))
                .expect(201).id();
        api.as(LIAISON).post(completionOf(done), Map.of("note", "Two sessions held in March")).expect(200);
        api.as(APPROVER).post("/api/v1/corrective-actions/" + dropped + "/cancellation",
                Map.of("reason", "Covered by the new rota")).expect(200);

        JsonNode items = api.as(AUDITOR).all("/api/v1/audit?caseId=" + threat);

        assertThat(items.findValuesAsString("eventType")).containsSubsequence("ThreatReported", "FindingRecorded",
                "CorrectiveActionPlanned", "CorrectiveActionPlanned", "CorrectiveActionCompleted",
                "CorrectiveActionCancelled");
        List<String> actors = new ArrayList<>();
        items.forEach(i -> actors.add(i.get("eventType").asString() + " by " + i.get("actor").asString()));
        assertThat(actors).contains("FindingRecorded by " + ANALYST, "CorrectiveActionCompleted by " + LIAISON,
                "CorrectiveActionCancelled by " + APPROVER);
        assertThat(items.toString()).contains("Two sessions held in March", "Covered by the new rota")
                .doesNotContain("NIGHTJAR", "placeholder method", "liaison-derived");
    }

    @Test
    void anOverdueActionIsDueForItsPointOfContactAloneUntilItIsDone() {
        String finding = areaOnNewCase();
        LocalDate today = LocalDate.now(MOSCOW);
        String marker = "Rota " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> late = action(LIAISON, today.minusDays(30).toString(), today.minusDays(2).toString());
        late.put("description", marker + " for night-shift alerts");
        String overdue = api.as(ANALYST).post(actionsOf(finding), late).expect(201).id();
        String dueToday = api.as(ANALYST).post(actionsOf(finding), action(LIAISON, today.minusDays(30).toString(),
                today.toString())).expect(201).id();

        JsonNode mine = item(api.as(LIAISON).all("/api/v1/due?mine=true"), overdue);
        assertThat(mine).as("the point of contact's own queue holds it, whatever their role").isNotNull();
        assertThat(mine.get("kind").asString()).isEqualTo("CORRECTIVE_ACTION_OVERDUE");
        assertThat(mine.get("assignee").asString()).isEqualTo(LIAISON);
        assertThat(mine.get("overdue").asBoolean()).isTrue();
        assertThat(mine.get("summary").asString()).isEqualTo("Corrective action due " + today.minusDays(2)
                + " is not done: " + marker + " for night-shift alerts");
        assertThat(mine.get("since").asString()).isEqualTo(today.minusDays(1).atStartOfDay(MOSCOW).toInstant()
                .toString());
        assertThat(mine.get("link").asString()).isEqualTo("/api/v1/corrective-actions/" + overdue);
        assertThat(api.as(LIAISON).all("/api/v1/due").findValuesAsString("subjectId")).contains(overdue)
                .doesNotContain(dueToday);
        assertThat(api.as(ANALYST).all("/api/v1/due").findValuesAsString("subjectId"))
                .as("another analyst does not see someone else's action").doesNotContain(overdue);
        assertThat(api.as(ANALYST_2).all("/api/v1/due?mine=true").findValuesAsString("subjectId"))
                .doesNotContain(overdue);
        assertThat(api.as(LIAISON).get("/api/v1/corrective-actions/" + overdue).expect(200).json().get("overdue")
                .asBoolean()).isTrue();

        api.as(LIAISON).post(completionOf(overdue), Map.of("note", "Rota in place since Monday")).expect(200);

        assertThat(api.as(LIAISON).all("/api/v1/due").findValuesAsString("subjectId")).doesNotContain(overdue);
    }

    @Test
    void anActionIsCompletedOnceAndOnlyByItsOwnerOrAPlanner() {
        String finding = areaOnNewCase();
        String action = api.as(ANALYST).post(actionsOf(finding), action(LIAISON, "2026-01-05", "2026-03-31"))
                .expect(201).id();

        Api.Response stranger = api.as(CLEARED_CONSULAR).post(completionOf(action), Map.of("note", "done"))
                .expect(403);
        JsonNode completed = api.as(ANALYST_2).post(completionOf(action), Map.of("note", "Checked with the embassy"))
                .expect(200).json();
        Api.Response again = api.as(LIAISON).post(completionOf(action), Map.of("note", "done")).expect(409);
        api.as(ANALYST).post("/api/v1/corrective-actions/" + action + "/cancellation", Map.of("reason", "late"))
                .expect(409);

        assertThat(stranger.text("detail")).contains("Only the action's point of contact (" + LIAISON + ")");
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("closed").get("by").asString()).isEqualTo(ANALYST_2);
        assertThat(completed.get("closed").get("note").asString()).isEqualTo("Checked with the embassy");
        assertThat(again.text("detail")).contains("already completed by " + ANALYST_2);
    }

    @Test
    void myOpenActionsListTheOnesIOwn() {
        String finding = areaOnNewCase();
        String open = api.as(ANALYST).post(actionsOf(finding), action(ANALYST_2, "2026-01-05", "2026-03-31"))
                .expect(201).id();
        String done = api.as(ANALYST).post(actionsOf(finding), action(ANALYST_2, "2026-01-05", "2026-03-31"))
                .expect(201).id();
        api.as(ANALYST_2).post(completionOf(done), Map.of("note", "done")).expect(200);

        JsonNode mine = api.as(ANALYST_2).all("/api/v1/corrective-actions?owner=me&status=OPEN");

        assertThat(mine.findValuesAsString("id")).contains(open).doesNotContain(done);
        assertThat(mine.findValuesAsString("pointOfContact")).containsOnly(ANALYST_2);
        assertThat(api.as(ANALYST).all("/api/v1/corrective-actions?owner=me").findValuesAsString("id"))
                .doesNotContain(open, done);
    }

    @Test
    void aCasesFindingsPageNewestFirstAndBack() {
        String threat = new Cases(api).threat();
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> finding = areaForImprovement();
            finding.put("title", "Finding " + i);
            recorded.add(api.as(ANALYST).post(findingsOf(threat), finding).expect(201).id());
        }

        Api.Response first = api.as(AUDITOR).get(findingsOf(threat) + "?limit=2").expect(200);
        String next = first.json().get("next").asString();
        Api.Response second = api.as(AUDITOR).get(findingsOf(threat) + "?limit=2&cursor=" + next).expect(200);
        Api.Response third = api.as(AUDITOR).get(findingsOf(threat) + "?limit=2&cursor="
                + second.json().get("next").asString()).expect(200);
        Api.Response back = api.as(AUDITOR).get(findingsOf(threat) + "?limit=2&cursor="
                + second.json().get("previous").asString()).expect(200);

        List<String> newestFirst = new ArrayList<>(recorded);
        java.util.Collections.reverse(newestFirst);
        assertThat(first.json().get("items").findValuesAsString("id")).isEqualTo(newestFirst.subList(0, 2));
        assertThat(first.header("Link")).contains("rel=\"next\"");
        assertThat(second.json().get("items").findValuesAsString("id")).isEqualTo(newestFirst.subList(2, 4));
        assertThat(third.json().get("items").findValuesAsString("id")).isEqualTo(newestFirst.subList(4, 5));
        assertThat(third.json().get("next").isNull()).isTrue();
        assertThat(back.json().get("items").findValuesAsString("id")).isEqualTo(newestFirst.subList(0, 2));
    }

    private String areaOnNewCase() {
        String threat = new Cases(api).threat();
        return api.as(ANALYST).post(findingsOf(threat), areaForImprovement()).expect(201).id();
    }

    private static Map<String, Object> areaForImprovement() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kind", "AREA_FOR_IMPROVEMENT");
        f.put("title", "Public alert 30 h after officials were warned");
        f.put("observation", "Officials were warned on 6 March; the embassy alert went out on 7 March.");
        f.put("rootCause", "No consular officer on the night shift");
        f.put("recommendation", "Put a consular officer on call");
        f.put("basedOn", "nds.delay");
        return f;
    }

    private static Map<String, Object> action(String pointOfContact, String start, String completion) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("description", "Train night-shift consular staff on NDS alerts");
        a.put("capabilityElement", "TRAINING");
        a.put("responsibleOrganization", "Consular Affairs, Moscow");
        a.put("pointOfContact", pointOfContact);
        a.put("startDate", start);
        a.put("completionDate", completion);
        return a;
    }

    private static JsonNode item(JsonNode items, String subject) {
        for (JsonNode i : items) {
            if (subject.equals(i.get("subjectId").asString())) {
                return i;
            }
        }
        return null;
    }

    private static String findingsOf(String threat) {
        return "/api/v1/threats/" + threat + "/findings";
    }

    private static String actionsOf(String finding) {
        return "/api/v1/findings/" + finding + "/actions";
    }

    private static String completionOf(String action) {
        return "/api/v1/corrective-actions/" + action + "/completion";
    }
}
