package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.forewarn.testing.Accounts;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The administrator chose the first password of an account it created, so that password opens
 * nothing but the change to one of the account holder's own. Accounts the system provisions by itself
 * (first-start admin, demo, test fixtures) keep theirs.
 */
class FirstSignInTests extends IntegrationTest {

    @Autowired
    UserAdministration administration;

    Accounts accounts;

    @BeforeEach
    void helpers() {
        accounts = new Accounts(api, administration);
    }

    @Test
    void anAccountAnAdminCreatedMustChooseItsOwnPasswordFirst() {
        String name = Accounts.unique("first");
        accounts.createAs(ADMIN, name, "CONFIDENTIAL", List.of(), "ANALYST");

        var blocked = api.as(name, Accounts.INITIAL_PASSWORD).get("/api/v1/threats").expect(403);

        assertThat(blocked.json().get("type").asString()).isEqualTo("urn:forewarn:problem:password-change-required");
        accounts.chooseOwnPassword(name);
        api.as(name, Accounts.OWN_PASSWORD).get("/api/v1/threats").expect(200);
        api.as(name, Accounts.INITIAL_PASSWORD).get("/api/v1/threats").expect(401);
    }

    @Test
    void theConsoleSendsItToThePasswordPageFirst() throws Exception {
        String name = Accounts.unique("first-console");
        accounts.createAs(ADMIN, name, "CONFIDENTIAL", List.of(), "ANALYST");
        MvcResult login = mvc.perform(formLogin("/login").user(name).password(Accounts.INITIAL_PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        MvcResult page = mvc.perform(get("/console/threats").session(session)).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/console/account/password");
    }

    @Test
    void accountsTheSystemProvisionsKeepTheirPasswordAndAccess() {
        String name = accounts.provision(Accounts.unique("provisioned"), Clearance.TOP_SECRET, Role.ANALYST,
                Role.APPROVER);

        var me = api.as(name, TestUsers.PASSWORD).get("/api/v1/me").expect(200).json();

        assertThat(me.get("clearance").asString()).isEqualTo("TOP_SECRET");
        assertThat(AccessGrantTests.texts(me.get("roles"))).containsExactlyInAnyOrder("ANALYST", "APPROVER");
        assertThat(me.get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(me.has("pendingGrant")).isFalse();
    }
}
