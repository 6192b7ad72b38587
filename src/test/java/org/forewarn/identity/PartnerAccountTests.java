package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ADMIN_2;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.Accounts;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * A partner service's account: created by an administrator like any other, tied to one recipient of
 * the directory, held alone, confirmed by a second ADMIN, and good for nothing but TAXII and itself.
 */
class PartnerAccountTests extends IntegrationTest {

    private static final String TAXII = "application/taxii+json;version=2.1";

    @Autowired
    TestUsers testUsers;

    private Map<String, Object> newUser(String username, List<String> roles, Object recipientId) {
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "password", Accounts.INITIAL_PASSWORD,
                "roles", roles, "clearance", "UNCLASSIFIED", "compartments", List.of()));
        if (recipientId != null) {
            user.put("recipientId", recipientId);
        }
        return user;
    }

    @Test
    void aPartnerAccountWaitsForASecondAdminAndThenSpeaksForItsRecipient() throws Exception {
        UUID recipient = testUsers.partnerRecipient(Accounts.unique("Partner service"));
        String name = Accounts.unique("partner");

        JsonNode created = api.as(ADMIN).post("/api/v1/users", newUser(name, List.of("PARTNER"), recipient))
                .expect(201).json();

        assertThat(created.get("recipientId").asString()).isEqualTo(recipient.toString());
        assertThat(created.get("roles")).isEmpty();
        assertThat(created.get("pendingGrant").get("roles").get(0).asString()).isEqualTo("PARTNER");
        String grant = created.get("pendingGrant").get("id").asString();
        api.as(ADMIN).post("/api/v1/users/grants/" + grant + "/confirmation", null).expect(403);

        JsonNode confirmed = api.as(ADMIN_2).post("/api/v1/users/grants/" + grant + "/confirmation", null)
                .expect(200).json();

        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode user = api.as(ADMIN).get("/api/v1/users/" + created.get("id").asString()).expect(200).json();
        assertThat(user.get("roles").get(0).asString()).isEqualTo("PARTNER");
        assertThat(user.get("recipientId").asString()).isEqualTo(recipient.toString());

        // The administrator's password opens nothing but the change to its own, on TAXII too.
        MockHttpServletResponse first = mvc.perform(get("/taxii2/").header("Accept", TAXII)
                .with(httpBasic(name, Accounts.INITIAL_PASSWORD))).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(403);
        assertThat(first.getContentType()).isEqualTo(TAXII);
        assertThat(first.getContentAsString()).contains("one-time password");
        new Accounts(api, null).chooseOwnPassword(name);
        assertThat(mvc.perform(get("/taxii2/").header("Accept", TAXII).with(httpBasic(name, Accounts.OWN_PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPartnerAccountNeedsARecipientOfTheDirectoryAndHoldsPartnerAlone() {
        UUID recipient = testUsers.partnerRecipient(Accounts.unique("Partner service"));

        JsonNode missing = api.as(ADMIN).post("/api/v1/users",
                newUser(Accounts.unique("p"), List.of("PARTNER"), null)).expect(400).json();
        JsonNode unknown = api.as(ADMIN).post("/api/v1/users",
                newUser(Accounts.unique("p"), List.of("PARTNER"), UUID.randomUUID())).expect(400).json();
        JsonNode withStaffRole = api.as(ADMIN).post("/api/v1/users",
                newUser(Accounts.unique("p"), List.of("PARTNER", "ANALYST"), recipient)).expect(400).json();
        JsonNode staffWithRecipient = api.as(ADMIN).post("/api/v1/users",
                newUser(Accounts.unique("p"), List.of("ANALYST"), recipient)).expect(400).json();

        assertThat(missing.toString()).contains("recipientId");
        assertThat(unknown.toString()).contains("recipientId", "not a recipient");
        assertThat(withStaffRole.toString()).contains("PARTNER is held alone");
        assertThat(staffWithRecipient.toString()).contains("only for PARTNER accounts");
    }

    @Test
    void neitherAPartnerBecomesStaffNorStaffAPartner() {
        UUID recipient = testUsers.partnerRecipient(Accounts.unique("Partner service"));
        String partner = Accounts.unique("partner");
        String analyst = Accounts.unique("analyst");
        api.as(ADMIN).post("/api/v1/users", newUser(partner, List.of("PARTNER"), recipient)).expect(201);
        api.as(ADMIN).post("/api/v1/users", newUser(analyst, List.of("ANALYST"), null)).expect(201);

        api.as(ADMIN).put("/api/v1/users/" + idOf(partner) + "/access",
                Map.of("roles", List.of("ANALYST"), "clearance", "UNCLASSIFIED")).expect(400);
        api.as(ADMIN).put("/api/v1/users/" + idOf(analyst) + "/access",
                Map.of("roles", List.of("PARTNER"), "clearance", "UNCLASSIFIED")).expect(400);
    }

    @Test
    void aPartnerMayUseNothingButTaxiiAndItsOwnAccount() throws Exception {
        var partner = api.as(TestUsers.PARTNER);

        assertThat(partner.get("/api/v1/threats").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/recipients").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/due").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/me").expect(200).json().get("roles").get(0).asString()).isEqualTo("PARTNER");
        assertThat(api.as(TestUsers.ANALYST).get("/api/v1/threats").status()).isEqualTo(200);

        MvcResult login = mvc.perform(formLogin("/login").user(TestUsers.PARTNER).password(TestUsers.PASSWORD))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).as("the partner signed in to a console session").isNotNull();
        for (String page : List.of("/console", "/", "/console/threats")) {
            assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getStatus()).as(page)
                    .isEqualTo(403);
        }
    }

    private String idOf(String username) {
        return api.as(ADMIN).all("/api/v1/users?q=" + username).get(0).get("id").asString();
    }
}
