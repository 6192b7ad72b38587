package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ADMIN_2;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.forewarn.identity.GrantStatus;
import org.forewarn.identity.UserAdministration;
import org.forewarn.identity.UserView;
import org.forewarn.testing.Accounts;
import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The administrators' page: accounts, access, and grants waiting for a second admin. */
class UserAdminConsoleTests extends IntegrationTest {

    @Autowired
    UserAdministration administration;

    @Test
    void anAdminCreatesAnAccountAndOnlyAnotherAdminConfirmsItsElevatedAccess() throws Exception {
        MockHttpSession admin = signIn(ADMIN);
        MockHttpSession second = signIn(ADMIN_2);
        String name = Accounts.unique("console-made");

        MvcResult created = mvc.perform(post("/console/users").session(admin).with(csrf()).param("username", name)
                .param("password", Accounts.INITIAL_PASSWORD).param("roles", "ANALYST", "APPROVER")
                .param("clearance", "SECRET")).andReturn();

        assertThat(created.getFlashMap().get("ok")).asString().contains("second admin");
        UserView user = user(name);
        assertThat(user.clearance().name()).isEqualTo("CONFIDENTIAL");
        assertThat(user.passwordChangeRequired()).isTrue();
        String grant = user.pendingGrant().id().toString();
        String page = page(admin, "/console/users");
        assertThat(page).contains("id=\"grant-" + grant + "\"", "the APPROVER role", "clearance SECRET (above CONFIDENTIAL)");
        assertThat(page(admin, "/console")).contains("Access grant awaits a second admin", "/console/users#grant-" + grant);

        MvcResult refused = mvc.perform(post("/console/users/grants/" + grant + "/confirmation").session(admin)
                .with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("error")).asString().contains("Two-person rule");
        assertThat(user(name).clearance().name()).isEqualTo("CONFIDENTIAL");

        mvc.perform(post("/console/users/grants/" + grant + "/confirmation").session(second).with(csrf()));

        assertThat(user(name).clearance().name()).isEqualTo("SECRET");
        assertThat(user(name).pendingGrant()).isNull();
        assertThat(administration.grantView(java.util.UUID.fromString(grant)).status()).isEqualTo(GrantStatus.CONFIRMED);
    }

    @Test
    void onlyAdministratorsSeeThePage() throws Exception {
        // A grant waits for a second admin: administrators are told, nobody else is.
        String name = Accounts.unique("awaiting");
        String grant = new Accounts(api, administration).createAs(ADMIN, name, "SECRET", java.util.List.of(), "ANALYST")
                .get("pendingGrant").get("id").asString();
        MockHttpSession analyst = signIn(TestUsers.ANALYST);

        assertThat(mvc.perform(get("/console/users").session(analyst)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page(signIn(ADMIN_2), "/console")).contains("/console/users#grant-" + grant);
        assertThat(page(analyst, "/console")).doesNotContain("Access grant awaits", grant);
    }

    @Test
    void anAdministratorIsNotShownTheCases() throws Exception {
        String threat = new Cases(api).threat();
        MockHttpSession admin = signIn(ADMIN);

        var asAdmin = mvc.perform(get("/console/threats/" + threat).session(admin)).andReturn().getResponse();

        assertThat(asAdmin.getStatus()).isEqualTo(403);
        assertThat(asAdmin.getContentAsString()).contains("Not allowed").doesNotContain("NIGHTJAR", "Crocus City Hall");
        assertThat(page(signIn(TestUsers.ANALYST), "/console/threats/" + threat)).contains("NIGHTJAR",
                "Crocus City Hall");
    }

    private UserView user(String name) {
        return administration.byUsername(name).orElseThrow();
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }
}
