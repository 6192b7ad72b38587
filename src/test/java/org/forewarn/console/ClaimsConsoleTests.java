package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** The claims ledger on the case page, recorded through its form, and the claims about a warning on its page. */
class ClaimsConsoleTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void anAnalystRecordsAClaimThroughTheFormAndItShowsOnTheCaseAndTheWarning() throws Exception {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession analyst = signIn(TestUsers.ANALYST);
        String page = page(analyst, "/console/threats/" + threat);
        assertThat(section(page, "claims")).contains("No claims recorded.", "Record a claim");

        MvcResult recorded = mvc.perform(post("/console/threats/" + threat + "/claims").session(analyst)
                .param("_csrf", csrf(page)).param("party", "Director of the SVR " + marker)
                .param("kind", "CHARACTERIZATION_OF_WARNING").param("wording", "QUOTED")
                .param("statement", "The information was too general " + marker)
                .param("madeAt", "2024-03-26T12:00").param("learnedAt", "2024-03-27T09:00")
                .param("outlet", "Interfax").param("url", "https://www.interfax.ru/")
                .param("sourceReliability", "C").param("informationCredibility", "3")
                .param("warningIds", warning)).andReturn();

        assertThat(recorded.getFlashMap().get("ok")).isEqualTo("Claim recorded.");
        assertThat(recorded.getResponse().getRedirectedUrl()).startsWith("/console/threats/" + threat + "#claim-");
        String claims = section(page(analyst, "/console/threats/" + threat), "claims");
        assertThat(claims).contains("Characterization of the warning by Director of the SVR " + marker,
                "“The information was too general " + marker + "”", "26 Mar 2024", "Interfax", "C3",
                "href=\"/console/warnings/" + warning + "\"");
        String aboutWarning = section(page(signIn(TestUsers.AUDITOR), "/console/warnings/" + warning),
                "claims-about-this-warning");
        assertThat(aboutWarning).contains("Director of the SVR " + marker, "too general " + marker);
    }

    @Test
    void aRefusedClaimComesBackWithTheReasonAndAnUnclearedAnalystGetsNoForm() throws Exception {
        String threat = new Cases(api).threat();
        MockHttpSession analyst = signIn(TestUsers.ANALYST);
        String page = page(analyst, "/console/threats/" + threat);

        MvcResult refused = mvc.perform(post("/console/threats/" + threat + "/claims").session(analyst)
                .param("_csrf", csrf(page)).param("party", "President of Russia").param("kind", "ATTRIBUTION")
                .param("statement", "Said the attackers were heading for the border.")
                .param("madeAt", "2024-03-23T12:00").param("outlet", "Televised address")
                .param("sourceReliability", "C").param("informationCredibility", "3")).andReturn();

        assertThat((String) refused.getFlashMap().get("error")).contains("subject");
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#claims");
        assertThat(section(page(signIn(TestUsers.JUNIOR_ANALYST), "/console/threats/" + threat), "claims"))
                .doesNotContain("Record a claim");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find(page.indexOf("id=\"claims\""))).as("a CSRF token in the claims section").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
