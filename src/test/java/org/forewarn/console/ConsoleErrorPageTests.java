package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser on the console never gets problem+json: whatever goes wrong, before a page's code runs
 * or inside it, it gets the console's error page with the status and a message a person can act on.
 * The API keeps answering with problem+json.
 */
class ConsoleErrorPageTests extends IntegrationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    MockHttpSession analyst;

    @BeforeEach
    void signIn() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(TestUsers.ANALYST).password(TestUsers.PASSWORD))
                .andReturn();
        analyst = (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void aConsolePageThatDoesNotExistIsANotFoundPage() throws Exception {
        MockHttpServletResponse page = browse(get("/console/no-such-page"));

        assertPage(page, 404, "Not found", "There is nothing at this address");
    }

    @Test
    void aMethodAPageDoesNotTakeIsRefusedWithAPage() throws Exception {
        String threat = new Cases(api).threat();

        MockHttpServletResponse page = browse(get("/console/threats/" + threat + "/closure"));

        assertPage(page, 405, "Refused", "GET&#39; is not supported");
    }

    @Test
    void aMalformedParameterIsABadRequestPageThatSaysWhatIsWrong() throws Exception {
        MockHttpServletResponse page = browse(get("/console/threats/not-a-uuid"));

        assertPage(page, 400, "Refused", "must be a UUID, not &#39;not-a-uuid&#39;");
    }

    @Test
    void aRefusalOfTheDomainIsShownWithTheStatusTheApiWouldGive() throws Exception {
        UUID unknown = UUID.randomUUID();

        MockHttpServletResponse page = browse(get("/console/warnings/" + unknown));

        assertPage(page, 404, "Not found", unknown.toString());
        assertThat(api.as(TestUsers.ANALYST).get("/api/v1/warnings/" + unknown).expect(404).contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void anUnexpectedFailureIsAServerErrorPageWithAReferenceAndNothingInternal() throws Exception {
        MockHttpServletResponse page = browse(get("/console/testing/failure"));

        assertPage(page, 500, "Something went wrong", "Nothing was changed. Quote reference");
        assertThat(page.getContentAsString()).doesNotContain("nightjar_source", "IllegalStateException",
                "at org.forewarn", "Exception");
    }

    /** Refused by a security filter, before Spring MVC: over real HTTP, as MockMvc does not follow errors to /error. */
    @Test
    void aFormWithoutItsSecurityTokenIsRefusedWithAPageThatSaysWhy() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(request("/login").GET().build(), BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + TestUsers.ANALYST + "&password=" + TestUsers.PASSWORD
                        + "&_csrf=" + token.group(1))).build(), BodyHandlers.ofString());

        HttpResponse<String> page = browser.send(request("/console/recipients")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("name=Forged")).build(), BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Not allowed</h1>", "without a valid security token", "HTTP 403",
                TestUsers.ANALYST, "Back to Due now");
    }

    @Test
    void aPageTheRoleMayNotSeeIsANotAllowedPage() throws Exception {
        MockHttpServletResponse page = browse(get("/console/audit"));

        assertPage(page, 403, "Not allowed", "Your role does not allow this action");
    }

    @Test
    void theApiAnswersProblemJsonEvenToABrowser() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/no-such-resource").accept(BROWSER)
                .with(httpBasic(TestUsers.ANALYST, TestUsers.PASSWORD))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aConsoleStreamThatFailsIsNotAnsweredWithAPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/console/alerts/not-a-uuid/fanout/stream")
                .accept("text/event-stream").session(analyst)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).doesNotStartWith("text/html");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", BROWSER);
    }

    private MockHttpServletResponse browse(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(analyst).accept(BROWSER)).andReturn().getResponse();
    }

    private static void assertPage(MockHttpServletResponse page, int status, String heading, String message)
            throws IOException {
        String html = page.getContentAsString();
        assertThat(page.getStatus()).as(html).isEqualTo(status);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(html).contains("<h1>" + heading + "</h1>", message, "HTTP " + status)
                .doesNotContain("\"type\":", "urn:forewarn:problem", "\tat ");
        // The console around it: who is signed in, and the way back.
        assertThat(html).contains(TestUsers.ANALYST, "ANALYST", "Back to Due now");
    }
}
