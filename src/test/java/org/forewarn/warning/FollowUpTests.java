package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The due queue and the follow-up of unanswered warnings, with time moved forward by the clock. */
class FollowUpTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;
    @Autowired
    AcknowledgmentSweep sweep;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void proposedDeterminationWaitsForAnApprover() {
        String threat = cases.threat();
        String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();

        JsonNode item = later(Duration.ofMinutes(90), () -> dueItem(APPROVER, determination));

        assertThat(item.get("kind").asString()).isEqualTo("DETERMINATION_AWAITING_APPROVAL");
        assertThat(item.get("actionRole").asString()).isEqualTo("APPROVER");
        assertThat(item.get("waitingFor").asString()).isEqualTo("1 h 30 min");
        assertThat(item.get("threatTitle").asString()).startsWith("Plot against a concert venue");
        assertThat(item.get("link").asString()).isEqualTo("/api/v1/determinations/" + determination + "/approval");
    }

    @Test
    void warningDeadlineShowsWhenNearThenMissedUntilAWarningIsSent() {
        String threat = cases.threatWithDuty();

        assertThat(deadlineItem(threat, Duration.ofHours(1))).isNull();
        JsonNode near = deadlineItem(threat, Duration.ofHours(19));
        JsonNode missed = deadlineItem(threat, Duration.ofHours(25));

        assertThat(near.get("kind").asString()).isEqualTo("WARNING_DEADLINE_NEAR");
        assertThat(near.get("overdue").asBoolean()).isFalse();
        assertThat(missed.get("kind").asString()).isEqualTo("WARNING_DEADLINE_MISSED");
        assertThat(missed.get("overdue").asBoolean()).isTrue();

        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        assertThat(deadlineItem(threat, Duration.ofHours(25))).isNull();
    }

    @Test
    void dueQueueIsOldestFirst() {
        // Proposed out of order: three, one and two hours ago.
        Instant now = Instant.now();
        String threeHours = proposedAt(now.minus(Duration.ofHours(3)));
        String oneHour = proposedAt(now.minus(Duration.ofHours(1)));
        String twoHours = proposedAt(now.minus(Duration.ofHours(2)));

        JsonNode due = api.as(APPROVER).all("/api/v1/due");

        List<String> subjects = due.findValuesAsString("subjectId");
        assertThat(subjects).containsSubsequence(threeHours, twoHours, oneHour);
        assertThat(due.findValuesAsString("since").stream().map(Instant::parse).toList()).isSorted();
    }

    private String proposedAt(Instant at) {
        String threat = cases.threat();
        return clock.at(at, () -> api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id());
    }

    @Test
    void mineKeepsOnlyWhatTheCallersRoleCanDo() {
        String threat = cases.threatWithDuty();
        String ready = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        String determination = api.as(ANALYST).post("/api/v1/threats/" + cases.threat() + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();

        JsonNode mine = api.as(LIAISON).all("/api/v1/due?mine=true");

        // Items assigned to a person (a corrective action they own) are theirs whatever their role.
        for (JsonNode item : mine) {
            if (item.hasNonNull("assignee")) {
                assertThat(item.get("assignee").asString()).isEqualTo(LIAISON);
            } else {
                assertThat(item.get("actionRole").asString()).as(item.toString()).isEqualTo("LIAISON");
            }
        }
        assertThat(mine.findValuesAsString("subjectId")).contains(ready).doesNotContain(determination);
        assertThat(api.as(LIAISON).all("/api/v1/due").findValuesAsString("subjectId"))
                .contains(ready, determination);
    }

    @Test
    void unansweredWarningBecomesNoResponseIsEscalatedAndCanStillBeAcknowledged() {
        String threat = cases.threatWithDuty();
        String warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        clock.at(Instant.now().plus(Duration.ofHours(71)), sweep::sweep);
        assertThat(state(warning)).isEqualTo("DELIVERED");
        JsonNode waiting = later(Duration.ofHours(71), () -> dueItem(LIAISON, warning));
        assertThat(waiting.get("kind").asString()).isEqualTo("WARNING_AWAITING_ACKNOWLEDGMENT");

        clock.at(Instant.now().plus(Duration.ofHours(73)), sweep::sweep);
        assertThat(state(warning)).isEqualTo("NO_RESPONSE");
        JsonNode escalate = dueItem(LIAISON, warning);
        assertThat(escalate.get("kind").asString()).isEqualTo("WARNING_NO_RESPONSE");
        assertThat(escalate.get("overdue").asBoolean()).isTrue();

        var escalated = api.as(APPROVER).post("/api/v1/warnings/" + warning + "/escalation",
                Map.of("note", "Raised with the ambassador")).expect(200);
        assertThat(escalated.text("state")).isEqualTo("ESCALATED");
        assertThat(escalated.text("escalatedBy")).isEqualTo(APPROVER);

        var acknowledged = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment",
                Map.of("receivedAt", Instant.now().toString(), "response", "Received late")).expect(200);
        assertThat(acknowledged.text("state")).isEqualTo("ACKNOWLEDGED");
        assertThat(dueItem(LIAISON, warning)).isNull();

        assertThat(api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200).json().get("items")
                .findValuesAsString("eventType")).containsSubsequence("WarningDelivered", "WarningUnanswered",
                "WarningEscalated", "WarningAcknowledged");
    }

    @Test
    void acknowledgedWarningIsNeverMarkedUnanswered() {
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ALLY", Fixtures.liaisonChannel());
        String warning = cases.draft(threat, recipient, "LIAISON");
        String unanswered = cases.draft(threat, recipient, "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        api.as(LIAISON).post("/api/v1/warnings/" + unanswered + "/send", Map.of()).expect(200);
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment",
                Map.of("receivedAt", Instant.now().toString())).expect(200);

        clock.at(Instant.now().plus(Duration.ofDays(10)), sweep::sweep);

        assertThat(state(warning)).isEqualTo("ACKNOWLEDGED");
        assertThat(state(unanswered)).as("the same sweep marks the one nobody answered").isEqualTo("NO_RESPONSE");
    }

    private JsonNode deadlineItem(String threat, Duration ahead) {
        return later(ahead, () -> {
            for (JsonNode item : api.as(ANALYST).all("/api/v1/due")) {
                if (item.get("kind").asString().startsWith("WARNING_DEADLINE")
                        && item.get("threatId").asString().equals(threat)) {
                    return item;
                }
            }
            return null;
        });
    }

    private JsonNode dueItem(String user, String subjectId) {
        for (JsonNode item : api.as(user).all("/api/v1/due")) {
            if (item.get("subjectId").asString().equals(subjectId)) {
                return item;
            }
        }
        return null;
    }

    private String state(String warning) {
        return api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state");
    }

    /** Runs a request as if it were made this long from now (MockMvc runs on the calling thread). */
    private <T> T later(Duration ahead, Supplier<T> request) {
        return clock.at(Instant.now().plus(ahead), request);
    }
}
