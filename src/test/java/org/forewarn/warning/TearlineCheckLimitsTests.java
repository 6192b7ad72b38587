package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.AUDITOR;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** Tearline checks are on the record and limited per person, so nobody probes protected details at machine speed. */
class TearlineCheckLimitsTests extends IntegrationTest {

    @Autowired
    WarningProperties warningProperties;


    @Autowired
    UserAdministration users;

    @Autowired
    ScenarioClock clock;

    /** A cleared analyst of one's own, whose allowance no other test has spent. */
    private String freshAnalyst() {
        String name = "t.prober." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(name, name, TestUsers.PASSWORD, Set.of(Role.ANALYST), Clearance.SECRET, Set.of()));
        return name;
    }

    @Test
    void everyCheckIsAuditedWithoutItsTextAndARefusedDraftLeavesItsTrace() {
        String prober = freshAnalyst();
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());

        api.as(prober).post("/api/v1/threats/" + threat + "/tearline-check",
                Map.of("text", "Is it NIGHTJAR?")).expect(200);
        api.as(prober).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT + " Source: NIGHTJAR.")).expect(422);

        var audit = api.as(AUDITOR).get("/api/v1/audit?caseId=" + threat).expect(200);
        List<JsonNode> checks = audit.json().findParents("eventType").stream()
                .filter(e -> e.get("eventType").asString().equals("TearlineChecked")).toList();
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).get("actor").asString()).isEqualTo(prober);
        assertThat(checks.get(0).get("payload").get("purpose").asString()).isEqualTo("CHECK");
        assertThat(checks.get(1).get("payload").get("purpose").asString()).isEqualTo("DRAFT");
        assertThat(checks.get(1).get("payload").get("clean").asBoolean()).isFalse();
        assertThat(checks.get(1).get("payload").get("leakKinds").get(0).asString()).isEqualTo("PROTECTED_TERM");
        assertThat(audit.body()).doesNotContain("Is it", "Source: NIGHTJAR");
        assertThat(api.as(prober).get("/api/v1/threats/" + threat + "/warnings").expect(200).json().get("items")).isEmpty();
    }

    @Test
    void onePersonRunsAtMostTheConfiguredChecksAMinute() {
        String prober = freshAnalyst();
        String threat = new Cases(api).threatWithDuty();
        // Time stands still while the checks run, so none of the allowance is refilled however slow the machine.
        Instant frozen = Instant.now();
        int allowed = 0;
        Api429 refused = null;
        int limit = warningProperties.tearlineChecksPerMinute();
        for (int i = 0; i < limit + 20 && refused == null; i++) {
            var response = clock.at(frozen, () -> api.as(prober).post("/api/v1/threats/" + threat
                    + "/tearline-check", Map.of("text", "guess")));
            if (response.status() == 200) {
                allowed++;
            } else {
                refused = new Api429(response.status(), response.text("type"), response.header("Retry-After"));
            }
        }

        assertThat(allowed).isEqualTo(limit);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.type()).endsWith("too-many-tearline-checks");
        assertThat(Integer.parseInt(refused.retryAfter())).isPositive();
    }

    private record Api429(int status, String type, String retryAfter) {
    }
}
