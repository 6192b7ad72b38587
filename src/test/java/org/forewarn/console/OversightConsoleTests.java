package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The oversight page shows the figures in tables that link to their cases, with charts served from a webjar. */
class OversightConsoleTests extends IntegrationTest {

    @Test
    void thePageShowsEveryFigureAsALinkToItsCasesAndTheChartsData() throws Exception {
        LocalDate day = LocalDate.of(ThreadLocalRandom.current().nextInt(1901, 1999), 6, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 150));
        String title = "Oversight console case " + day;
        for (int i = 0; i < 2; i++) {
            Map<String, Object> threat = Fixtures.threat();
            threat.put("title", title + " #" + i);
            threat.put("receivedAt", day.atTime(9 + i, 0).toInstant(java.time.ZoneOffset.UTC).toString());
            api.as(TestUsers.ANALYST).post("/api/v1/threats", threat).expect(201);
        }
        MockHttpSession auditor = signIn(TestUsers.AUDITOR);

        MockHttpServletResponse page = mvc.perform(get("/console/oversight?from=" + day + "&to=" + day)
                .session(auditor)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("href=\"/console/oversight\"", "Oversight statistics");
        assertThat(html).containsPattern("<tr data-key=\"threats.received\">\\s*<td><a href=\"/console/oversight/cases\\?"
                + "figure=threats.received&amp;from=" + day + "&amp;to=" + day + "&amp;zone=UTC\">Threats received \\(cases\\)"
                + "</a>[\\s\\S]*?<td class=\"figure-value\">2</td>");
        assertThat(html).contains("data-key=\"determinations.outcome.WAIVED\"", "data-key=\"deadlines.missed\"",
                "data-key=\"disputes.warnings\"", "data-key=\"times.informationToDetermination.p90\"");
        assertThat(html).contains("<script type=\"application/json\" id=\"oversight-data\">{\"outcomes\":");
        assertThat(html).contains("src=\"/webjars/chart.js/4.4.1/dist/chart.umd.js\"", "src=\"/js/oversight.js\"");
        assertThat(html).contains("href=\"/console/oversight.csv?from=" + day + "&amp;to=" + day + "&amp;zone=UTC\"");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-eval");

        MockHttpServletResponse cases = mvc.perform(get("/console/oversight/cases?figure=threats.received&from=" + day
                + "&to=" + day + "&zone=UTC").session(auditor)).andReturn().getResponse();
        assertThat(cases.getStatus()).isEqualTo(200);
        assertThat(cases.getContentAsString()).contains(title + " #0", title + " #1", "1–2 of 2");

        MockHttpServletResponse csv = mvc.perform(get("/console/oversight.csv?from=" + day + "&to=" + day)
                .session(auditor)).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).contains("threats,threats.received,Threats received (cases),2,count,,,");
    }

    @Test
    void theChartLibraryAndTheScriptAreServedFromTheApplication() throws Exception {
        MockHttpServletResponse chart = mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andReturn().getResponse();
        assertThat(chart.getStatus()).isEqualTo(200);
        assertThat(chart.getContentAsString()).contains("Chart.js v4.4.1");
        MockHttpServletResponse versioned = mvc.perform(get("/webjars/chart.js/4.4.1/dist/chart.umd.js")).andReturn()
                .getResponse();
        assertThat(versioned.getStatus()).isEqualTo(200);
        MockHttpServletResponse script = mvc.perform(get("/js/oversight.js")).andReturn().getResponse();
        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentAsString()).contains("oversight-data");
    }

    @Test
    void onlyAuditorsApproversAndAnalystsSeeIt() throws Exception {
        for (String user : new String[] {TestUsers.LIAISON, TestUsers.CONSULAR, TestUsers.ADMIN}) {
            MockHttpSession session = signIn(user);
            assertThat(mvc.perform(get("/console/oversight").session(session)).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
            assertThat(mvc.perform(get("/console").session(session)).andReturn().getResponse().getContentAsString())
                    .as(user).doesNotContain("href=\"/console/oversight\"");
        }
        MockHttpSession analyst = signIn(TestUsers.ANALYST);
        assertThat(mvc.perform(get("/console/oversight").session(analyst)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

}
