package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.forewarn.testing.Accounts;
import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A change of access applies to the very next request: over the API even while the password is
 * remembered ({@link VerifiedCredentials}), and in a console session that signed in before the change.
 */
class AccessChangeTests extends IntegrationTest {

    private static final String PROTECTED_TERM = "NIGHTJAR";

    @Autowired
    UserAdministration administration;

    Accounts accounts;
    Cases cases;

    @BeforeEach
    void helpers() {
        accounts = new Accounts(api, administration);
        cases = new Cases(api);
    }

    @Test
    void aLoweredClearanceAppliesToTheNextApiCallEvenWithARememberedPassword() {
        String name = accounts.provision(Accounts.unique("lowered"), Clearance.SECRET, Role.ANALYST);
        String threat = cases.threat();
        assertThat(api.as(name).get("/api/v1/threats/" + threat).expect(200).body()).contains(PROTECTED_TERM);
        assertThat(api.as(name).get("/api/v1/threats/" + threat).expect(200).body()).contains(PROTECTED_TERM);

        var changed = api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(name) + "/access",
                Map.of("roles", List.of("ANALYST"), "clearance", "CONFIDENTIAL")).expect(200).json();

        assertThat(changed.has("pendingGrant")).as("a reduction waits for nobody").isFalse();
        var seen = api.as(name).get("/api/v1/threats/" + threat).expect(200);
        assertThat(seen.json().get("redacted").asBoolean()).isTrue();
        assertThat(seen.body()).doesNotContain(PROTECTED_TERM);
    }

    @Test
    void aRemovedRoleIsGoneAtOnce() {
        String name = accounts.provision(Accounts.unique("moved"), Clearance.SECRET, Role.ANALYST);
        // As an analyst, an empty report gets past the role check and is refused for what it lacks.
        api.as(name).post("/api/v1/threats", Map.of()).expect(400);

        api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(name) + "/access",
                Map.of("roles", List.of("LIAISON"), "clearance", "SECRET")).expect(200);

        api.as(name).post("/api/v1/threats", Map.of()).expect(403);
    }

    @Test
    void aDisabledAccountIsRefusedLikeAWrongPasswordUntilEnabledAgain() {
        String name = accounts.provision(Accounts.unique("disabled"), Clearance.CONFIDENTIAL, Role.AUDITOR);
        String id = accounts.idOf(name);
        api.as(name).get("/api/v1/me").expect(200);

        assertThat(api.as(ADMIN).post("/api/v1/users/" + id + "/disable", null).expect(200).json().get("enabled")
                .asBoolean()).isFalse();
        var refused = api.as(name).get("/api/v1/me").expect(401);
        var wrongPassword = api.as(TestUsers.AUDITOR, "not-" + TestUsers.PASSWORD).get("/api/v1/me").expect(401);
        assertThat(refused.whole()).isEqualTo(wrongPassword.whole());
        api.as(ADMIN).post("/api/v1/users/" + id + "/disable", null).expect(409);

        api.as(ADMIN).post("/api/v1/users/" + id + "/enable", null).expect(200);
        api.as(name).get("/api/v1/me").expect(200);
    }

    @Test
    void anAdminCannotChangeTheirOwnAccessNorDisableThemselves() {
        String me = api.as(ADMIN).get("/api/v1/me").expect(200).id();

        var refused = api.as(ADMIN).put("/api/v1/users/" + me + "/access",
                Map.of("roles", List.of("ADMIN", "APPROVER"), "clearance", "TOP_SECRET")).expect(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:forewarn:problem:own-account");
        api.as(ADMIN).post("/api/v1/users/" + me + "/disable", null).expect(403);
        assertThat(api.as(ADMIN).get("/api/v1/me").json().get("clearance").asString()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void aConsoleSessionLosesLoweredAccessWithItsNextPage() throws Exception {
        String name = accounts.provision(Accounts.unique("console-lowered"), Clearance.SECRET, Role.ANALYST);
        String threat = cases.threat();
        MockHttpSession session = signIn(name);
        assertThat(page(session, "/console/threats/" + threat).getResponse().getContentAsString())
                .contains(PROTECTED_TERM);

        api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(name) + "/access",
                Map.of("roles", List.of("ANALYST"), "clearance", "CONFIDENTIAL")).expect(200);

        assertThat(page(session, "/console/threats/" + threat).getResponse().getContentAsString())
                .doesNotContain(PROTECTED_TERM);

        api.as(ADMIN).put("/api/v1/users/" + accounts.idOf(name) + "/access",
                Map.of("roles", List.of("AUDITOR"), "clearance", "CONFIDENTIAL")).expect(200);

        assertThat(page(session, "/console/threats/new").getResponse().getStatus()).isEqualTo(403);
        assertThat(page(session, "/console/audit").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountsConsoleSessionEnds() throws Exception {
        String name = accounts.provision(Accounts.unique("console-disabled"), Clearance.SECRET, Role.ANALYST);
        MockHttpSession session = signIn(name);
        assertThat(page(session, "/console/threats").getResponse().getStatus()).isEqualTo(200);

        api.as(ADMIN).post("/api/v1/users/" + accounts.idOf(name) + "/disable", null).expect(200);

        MvcResult after = page(session, "/console/threats");
        assertThat(after.getResponse().getStatus()).isEqualTo(302);
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordChangedElsewhereEndsOtherConsoleSessions() throws Exception {
        String name = accounts.provision(Accounts.unique("console-password"), Clearance.SECRET, Role.ANALYST);
        MockHttpSession session = signIn(name);
        assertThat(page(session, "/console/threats").getResponse().getStatus()).isEqualTo(200);

        api.as(name).post("/api/v1/me/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", "a-brand-new-password")).expect(204);

        assertThat(page(session, "/console/threats").getResponse().getStatus()).isEqualTo(302);
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn();
    }
}
