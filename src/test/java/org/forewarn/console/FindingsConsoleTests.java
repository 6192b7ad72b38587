package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** Findings and the improvement plan on the review page, through its forms, as an analyst and as an action's owner. */
class FindingsConsoleTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void anAnalystRecordsAFindingAndPlansAnActionThroughTheFormsAndTheOwnerCompletesIt() throws Exception {
        String threat = new Cases(api).threat();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession analyst = signIn(TestUsers.ANALYST);
        String page = page(analyst, threat);
        assertThat(page).contains("Findings and improvement plan", "id=\"finding-form\"");

        MvcResult recorded = mvc.perform(post("/console/threats/" + threat + "/findings").session(analyst)
                .param("_csrf", csrf(page)).param("kind", "AREA_FOR_IMPROVEMENT")
                .param("title", "Alert late " + marker).param("observation", "The public heard 30 h after officials.")
                .param("rootCause", "Nobody on call " + marker).param("recommendation", "An on-call rota"))
                .andReturn();
        String findingAnchor = recorded.getResponse().getRedirectedUrl().replaceFirst(".*#", "");
        assertThat(recorded.getResponse().getRedirectedUrl()).startsWith("/console/threats/" + threat + "/review#finding-");

        page = page(analyst, threat);
        String findingId = findingAnchor.substring("finding-".length());
        assertThat(page).contains("id=\"" + findingAnchor + "\"", "Area for improvement", "Alert late " + marker,
                "Nobody on call " + marker, "An on-call rota", TestUsers.ANALYST + ", ");
        assertThat(flash(recorded)).isEqualTo("Finding recorded.");

        String overdueDate = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(3).toString();
        MvcResult planned = mvc.perform(post("/console/threats/" + threat + "/findings/" + findingId + "/actions")
                .session(analyst).param("_csrf", csrf(page)).param("capabilityElement", "EQUIPMENT")
                .param("description", "Pager for the duty officer " + marker)
                .param("responsibleOrganization", "Embassy Moscow").param("pointOfContact", TestUsers.LIAISON)
                .param("startDate", "2024-04-01").param("completionDate", overdueDate)).andReturn();
        String actionAnchor = planned.getResponse().getRedirectedUrl().replaceFirst(".*#", "");
        assertThat(actionAnchor).startsWith("action-");
        page = page(analyst, threat);
        String row = row(page, actionAnchor);
        assertThat(row).contains("<td>Equipment</td>", "<td>Pager for the duty officer " + marker + "</td>",
                "<td>Embassy Moscow</td>", "<td>" + TestUsers.LIAISON + "</td>", "<td>2024-04-01</td>",
                "<td>" + overdueDate + "</td>", "OVERDUE", "Complete", "Cancel");

        // The owner (a liaison officer) sees it due, with a link to the row, and may complete it, not cancel it.
        MockHttpSession owner = signIn(TestUsers.LIAISON);
        String due = mvc.perform(get("/console?mine=true").session(owner)).andReturn().getResponse()
                .getContentAsString();
        assertThat(due).contains("Corrective action overdue", "Pager for the duty officer " + marker,
                "href=\"/console/threats/" + threat + "/review#" + actionAnchor + "\"");
        String ownersPage = page(owner, threat);
        assertThat(row(ownersPage, actionAnchor)).contains("complete-action").doesNotContain("cancel-action");
        assertThat(ownersPage).doesNotContain("id=\"finding-form\"");

        MvcResult completed = mvc.perform(post("/console/threats/" + threat + "/corrective-actions/"
                + actionAnchor.substring("action-".length()) + "/completion").session(owner)
                .param("_csrf", csrf(ownersPage)).param("note", "Pager issued " + marker)).andReturn();

        assertThat(flash(completed)).isEqualTo("Corrective action completed.");
        assertThat(row(page(owner, threat), actionAnchor)).contains("COMPLETED", TestUsers.LIAISON + ", ",
                "Pager issued " + marker).doesNotContain("complete-action");
        assertThat(mvc.perform(get("/console?mine=true").session(owner)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Pager for the duty officer " + marker);
    }

    @Test
    void aRefusedFindingComesBackAsAnErrorOnTheCasePage() throws Exception {
        String threat = new Cases(api).threat();
        MockHttpSession analyst = signIn(TestUsers.ANALYST);

        MvcResult refused = mvc.perform(post("/console/threats/" + threat + "/findings").session(analyst)
                .param("_csrf", csrf(page(analyst, threat))).param("kind", "STRENGTH").param("title", "Good")
                .param("observation", "The NIGHTJAR reporting arrived early.")).andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/console/threats/" + threat + "/review#analyst-findings");
        assertThat((String) refused.getFlashMap().get("error")).contains("observation reveals the protected term");
        String shown = mvc.perform(get("/console/threats/" + threat + "/review").session(analyst)
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("class=\"flash error\"", "observation reveals the protected term",
                "No analyst has recorded a finding yet.");
    }

    private String page(MockHttpSession session, String threat) throws Exception {
        MvcResult result = mvc.perform(get("/console/threats/" + threat + "/review").session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String flash(MvcResult result) {
        return (String) result.getFlashMap().get("ok");
    }

    /** The token of the fragment's own forms: they carry it, or the post would be refused. */
    private static String csrf(String page) {
        int form = page.indexOf("id=\"analyst-findings\"");
        Matcher m = CSRF.matcher(page);
        assertThat(m.find(form)).as("a CSRF token in the findings section").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private static String row(String page, String anchor) {
        int start = page.indexOf("id=\"" + anchor + "\"");
        assertThat(start).as(anchor + " on the page").isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
