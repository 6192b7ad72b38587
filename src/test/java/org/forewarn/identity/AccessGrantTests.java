package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ADMIN_2;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.testing.Accounts;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The two-person rule: an UNCLASSIFIED admin created an ANALYST+APPROVER account with TOP_SECRET
 * clearance and a password of its choosing, signed in as it and read protected terms. Now the
 * elevated part waits for a second ADMIN, and nothing pending has any effect.
 */
class AccessGrantTests extends IntegrationTest {

    private static final String PROTECTED_TERM = "NIGHTJAR";

    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcClient jdbc;

    Accounts accounts;
    Cases cases;

    @BeforeEach
    void helpers() {
        accounts = new Accounts(api, administration);
        cases = new Cases(api);
    }

    @Test
    void anAdminAloneCannotGrantClearanceOrTheApproverRole() {
        String name = Accounts.unique("elevated");
        JsonNode created = accounts.createAs(ADMIN, name, "TOP_SECRET", List.of(), "ANALYST", "APPROVER");

        assertThat(texts(created.get("roles"))).containsExactly("ANALYST");
        assertThat(created.get("clearance").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(created.get("passwordChangeRequired").asBoolean()).isTrue();
        JsonNode pending = created.get("pendingGrant");
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("clearance").asString()).isEqualTo("TOP_SECRET");
        assertThat(texts(pending.get("roles"))).containsExactlyInAnyOrder("ANALYST", "APPROVER");
        assertThat(texts(pending.get("reasons"))).containsExactlyInAnyOrder("the APPROVER role",
                "clearance TOP_SECRET (above CONFIDENTIAL)");

        accounts.chooseOwnPassword(name);
        String threat = cases.threat();
        var seen = api.as(name, Accounts.OWN_PASSWORD).get("/api/v1/threats/" + threat).expect(200);
        assertThat(seen.json().get("redacted").asBoolean()).isTrue();
        assertThat(seen.body()).doesNotContain(PROTECTED_TERM);
        api.as(name, Accounts.OWN_PASSWORD).post("/api/v1/determinations/" + proposedDetermination(threat)
                + "/approval", Map.of("decision", "APPROVE")).expect(403);
    }

    @Test
    void aSecondAdminConfirmsAndTheAccessAppliesAtOnce() {
        String name = Accounts.unique("confirmed");
        String grant = accounts.createAs(ADMIN, name, "TOP_SECRET", List.of(), "ANALYST", "APPROVER")
                .get("pendingGrant").get("id").asString();
        accounts.chooseOwnPassword(name);
        String threat = cases.threat();
        assertThat(api.as(name, Accounts.OWN_PASSWORD).get("/api/v1/threats/" + threat).expect(200).body())
                .doesNotContain(PROTECTED_TERM);

        JsonNode confirmed = api.as(ADMIN_2).post("/api/v1/users/grants/" + grant + "/confirmation", null).expect(200)
                .json();

        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("requestedBy").asString()).isEqualTo(ADMIN);
        assertThat(confirmed.get("decidedBy").asString()).isEqualTo(ADMIN_2);
        var seen = api.as(name, Accounts.OWN_PASSWORD).get("/api/v1/threats/" + threat).expect(200);
        assertThat(seen.json().get("redacted").asBoolean()).isFalse();
        assertThat(seen.body()).contains(PROTECTED_TERM);
        api.as(name, Accounts.OWN_PASSWORD).post("/api/v1/determinations/" + proposedDetermination(threat)
                + "/approval", Map.of("decision", "APPROVE")).expect(200);
        JsonNode user = api.as(ADMIN).get("/api/v1/users/" + accounts.idOf(name)).expect(200).json();
        assertThat(user.get("clearance").asString()).isEqualTo("TOP_SECRET");
        assertThat(user.has("pendingGrant")).isFalse();
    }

    @Test
    void theAdminWhoAskedCannotConfirm() {
        String name = Accounts.unique("self-confirm");
        String grant = accounts.createAs(ADMIN, name, "SECRET", List.of(), "ANALYST").get("pendingGrant").get("id")
                .asString();

        var refused = api.as(ADMIN).post("/api/v1/users/grants/" + grant + "/confirmation", null).expect(403);

        assertThat(refused.json().get("type").asString()).isEqualTo("urn:forewarn:problem:two-person-rule");
        assertThat(api.as(ADMIN).get("/api/v1/users/grants/" + grant).expect(200).json().get("status").asString())
                .isEqualTo("PENDING");
        assertThat(api.as(ADMIN).get("/api/v1/users/" + accounts.idOf(name)).json().get("clearance").asString())
                .isEqualTo("CONFIDENTIAL");
    }

    @Test
    void nobodyConfirmsAGrantToThemselves() {
        String admin = accounts.provision(Accounts.unique("grantee-admin"), Clearance.UNCLASSIFIED, Role.ADMIN);
        String grant = api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(admin) + "/access",
                Map.of("roles", List.of("ADMIN", "AUDITOR"), "clearance", "SECRET")).expect(200).json()
                .get("pendingGrant").get("id").asString();

        api.as(admin).post("/api/v1/users/grants/" + grant + "/confirmation", null).expect(403);

        assertThat(api.as(admin).get("/api/v1/me").json().get("clearance").asString()).isEqualTo("CONFIDENTIAL");
        api.as(ADMIN_2).post("/api/v1/users/grants/" + grant + "/confirmation", null).expect(200);
        assertThat(api.as(admin).get("/api/v1/me").json().get("clearance").asString()).isEqualTo("SECRET");
    }

    @Test
    void anotherAdminIsAppointedOnlyWithASecondAdmin() {
        String name = Accounts.unique("new-admin");
        JsonNode created = accounts.createAs(ADMIN, name, "UNCLASSIFIED", List.of(), "ADMIN");
        accounts.chooseOwnPassword(name);

        assertThat(created.get("roles").isEmpty()).isTrue();
        assertThat(texts(created.get("pendingGrant").get("reasons"))).containsExactly("the ADMIN role");
        api.as(name, Accounts.OWN_PASSWORD).get("/api/v1/users").expect(403);

        api.as(ADMIN_2).post("/api/v1/users/grants/" + created.get("pendingGrant").get("id").asString()
                + "/confirmation", null).expect(200);
        api.as(name, Accounts.OWN_PASSWORD).get("/api/v1/users").expect(200);
    }

    @Test
    void compartmentsWaitForASecondAdminToo() {
        String name = accounts.provision(Accounts.unique("compartments"), Clearance.SECRET, Role.ANALYST);

        JsonNode changed = api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(name) + "/access",
                Map.of("roles", List.of("ANALYST"), "clearance", "SECRET", "compartments", List.of("GAMMA"))).expect(200)
                .json();

        assertThat(changed.get("compartments").isEmpty()).isTrue();
        assertThat(texts(changed.get("pendingGrant").get("compartments"))).containsExactly("GAMMA");
        assertThat(api.as(name).get("/api/v1/me").json().get("compartments").isEmpty()).isTrue();
    }

    @Test
    void aRejectedGrantNeverApplies() {
        String name = Accounts.unique("rejected");
        String grant = accounts.createAs(ADMIN, name, "TOP_SECRET", List.of(), "ANALYST").get("pendingGrant").get("id")
                .asString();

        api.as(ADMIN_2).post("/api/v1/users/grants/" + grant + "/rejection", Map.of()).expect(400);
        JsonNode rejected = api.as(ADMIN_2).post("/api/v1/users/grants/" + grant + "/rejection",
                Map.of("reason", "No need to know")).expect(200).json();

        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("note").asString()).isEqualTo("No need to know");
        api.as(ADMIN_2).post("/api/v1/users/grants/" + grant + "/confirmation", null).expect(409);
        assertThat(api.as(ADMIN).get("/api/v1/users/" + accounts.idOf(name)).json().get("clearance").asString())
                .isEqualTo("CONFIDENTIAL");
    }

    @Test
    void aNewerRequestReplacesThePendingOne() {
        String name = Accounts.unique("superseded");
        String first = accounts.createAs(ADMIN, name, "TOP_SECRET", List.of(), "ANALYST").get("pendingGrant").get("id")
                .asString();

        String second = api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(name) + "/access",
                Map.of("roles", List.of("ANALYST"), "clearance", "SECRET")).expect(200).json().get("pendingGrant")
                .get("id").asString();

        assertThat(api.as(ADMIN).get("/api/v1/users/grants/" + first).json().get("status").asString())
                .isEqualTo("SUPERSEDED");
        api.as(ADMIN_2).post("/api/v1/users/grants/" + first + "/confirmation", null).expect(409);
        api.as(ADMIN_2).post("/api/v1/users/grants/" + second + "/confirmation", null).expect(200);
        assertThat(api.as(ADMIN).get("/api/v1/users/" + accounts.idOf(name)).json().get("clearance").asString())
                .isEqualTo("SECRET");
    }

    @Test
    void pendingGrantsAreListedForAdministrators() {
        String name = Accounts.unique("listed");
        String grant = accounts.createAs(ADMIN, name, "SECRET", List.of(), "LIAISON").get("pendingGrant").get("id")
                .asString();

        JsonNode pending = api.as(ADMIN_2).get("/api/v1/users/grants?status=PENDING").expect(200).json().get("items");
        JsonNode users = api.as(ADMIN_2).get("/api/v1/users?q=" + name).expect(200).json().get("items");

        assertThat(ids(pending)).as("newest first: just requested, so on the first page").contains(grant);
        assertThat(users.valueStream().filter(user -> user.get("username").asString().equals(name)).toList())
                .singleElement().satisfies(user -> assertThat(user.get("pendingGrant").get("id").asString())
                        .isEqualTo(grant));
        api.as(ANALYST).get("/api/v1/users/grants?status=PENDING").expect(403);
    }

    @Test
    void pendingGrantsAreDueForAdministratorsAndNobodyElse() {
        String name = Accounts.unique("due");
        String grant = accounts.createAs(ADMIN, name, "SECRET", List.of(), "ANALYST").get("pendingGrant").get("id")
                .asString();
        cases.threatWithDuty();

        JsonNode forAdmin = api.as(ADMIN_2).all("/api/v1/due");
        JsonNode forAnalyst = api.as(ANALYST).all("/api/v1/due");

        assertThat(forAdmin.findValuesAsString("subjectId")).contains(grant);
        assertThat(forAdmin.findValuesAsString("kind")).containsOnly("ACCESS_GRANT_AWAITING_CONFIRMATION");
        assertThat(forAnalyst.findValuesAsString("subjectId")).doesNotContain(grant);
        assertThat(forAnalyst.findValuesAsString("kind")).isNotEmpty()
                .doesNotContain("ACCESS_GRANT_AWAITING_CONFIRMATION");
    }

    @Test
    void everyStepIsOnTheAuditChainWithoutAnyPassword() {
        String name = Accounts.unique("audited");
        JsonNode created = accounts.createAs(ADMIN, name, "TOP_SECRET", List.of(), "ANALYST", "APPROVER");
        accounts.chooseOwnPassword(name);
        api.as(ADMIN_2).post("/api/v1/users/grants/" + created.get("pendingGrant").get("id").asString()
                + "/confirmation", null).expect(200);

        List<String> types = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        jdbc.sql("select event_type, actor, payload from audit_log where subject_id = cast(:id as uuid) order by sequence")
                .param("id", created.get("id").asString())
                .query((rs, n) -> {
                    types.add(rs.getString("event_type") + " by " + rs.getString("actor"));
                    payloads.add(rs.getString("payload"));
                    return null;
                }).list();

        assertThat(types).containsExactly("UserCreated by " + ADMIN, "AccessGrantRequested by " + ADMIN,
                "PasswordChanged by " + name, "AccessGrantConfirmed by " + ADMIN_2, "AccessChanged by " + ADMIN_2);
        assertThat(String.join("\n", payloads)).doesNotContain(Accounts.INITIAL_PASSWORD, Accounts.OWN_PASSWORD,
                "argon2", "passwordHash");
    }

    private String proposedDetermination(String threat) {
        return api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn()).expect(201)
                .id();
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> ids(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get("id").asString()));
        return values;
    }
}
