package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;

/**
 * On a delivered warning's page: an approver drafts a statement of record from the generated text,
 * a refused draft comes back with the reason and the text, another approver approves it, and the
 * verifiable bundle downloads as a file.
 */
class StatementOfRecordConsoleTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anApproverDraftsASecondApprovesAndTheBundleDownloads() throws Exception {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()),
                "LIAISON");
        api.as(TestUsers.LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        String generated = api.as(TestUsers.APPROVER).get("/api/v1/warnings/" + warning + "/statements/draft")
                .expect(200).text("text");
        String page = "/console/warnings/" + warning;

        Session drafter = new Session(TestUsers.APPROVER);
        String before = drafter.get(page).body();
        HttpResponse<String> leaked = drafter.post("/console/warnings/" + warning + "/statements",
                Map.of("text", "Thanks to NIGHTJAR: " + generated, "_csrf", csrf(before)));
        String refusedPage = drafter.get(page).body();
        drafter.post("/console/warnings/" + warning + "/statements", Map.of("text", generated, "_csrf",
                csrf(refusedPage)));
        String drafted = drafter.get(page).body();

        assertThat(before).contains("id=\"statement-of-record\"", "Draft a statement of record", "No statement yet.")
                .contains(HtmlUtils.htmlEscape(generated, "UTF-8"));
        assertThat(leaked.statusCode()).isEqualTo(302);
        assertThat(refusedPage).contains("The statement reveals protected content: the protected term",
                HtmlUtils.htmlEscape("Thanks to NIGHTJAR: " + generated, "UTF-8"));
        assertThat(drafted).contains("Statement of record drafted.", "You drafted this statement")
                .doesNotContain("approve-statement");
        assertThat(api.as(TestUsers.AUDITOR).get("/api/v1/warnings/" + warning + "/statements").expect(200).json()
                .get("items").valueStream().map(s -> s.get("state").asString()).toList()).containsExactly("DRAFT");

        Session uncleared = new Session(TestUsers.JUNIOR_APPROVER);
        assertThat(uncleared.get(page).body()).contains("id=\"statement-not-cleared\"")
                .doesNotContain("id=\"draft-statement\"", "approve-statement");

        Session second = new Session(TestUsers.ANALYST_APPROVER);
        String toDecide = second.get(page).body();
        assertThat(toDecide).contains("approve-statement");
        String statement = api.as(TestUsers.AUDITOR).get("/api/v1/warnings/" + warning + "/statements").expect(200)
                .json().get("items").get(0).get("id").asString();
        second.post("/console/statements/" + statement + "/decision", Map.of("decision", "APPROVE", "note",
                "Matches the receipt.", "_csrf", csrf(toDecide)));
        String approved = second.get(page).body();
        HttpResponse<String> download = new Session(TestUsers.JUNIOR_ANALYST)
                .get("/console/statements/" + statement + "/bundle.json");

        assertThat(approved).contains("Statement of record approved", "Download the verifiable bundle",
                "/console/statements/" + statement + "/bundle.json");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("statement-of-record-W-"));
        JsonNode bundle = Api.JSON.readTree(download.body());
        assertThat(bundle.get("statement").asString()).isEqualTo(generated);
        assertThat(bundle.get("quotedText").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(String user) throws IOException, InterruptedException {
            HttpResponse<String> in = post("/login", Map.of("username", user, "password", TestUsers.PASSWORD,
                    "_csrf", csrf(get("/login").body())));
            assertThat(in.headers().firstValue("Location")).as("signed in as " + user)
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
