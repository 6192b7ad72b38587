package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.util.ClassUtils;

/**
 * The console over plain HTTP, as an attacker would try it: no session, no CSRF token, the wrong
 * role, a console session used against the API, a signed-out session reused.
 */
class ConsoleSecurityTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void withoutASessionEveryConsolePageSendsYouToTheLoginForm() throws Exception {
        Session anonymous = new Session();
        for (String page : List.of("/", "/console", "/console/threats", "/console/audit", "/console/alerts/new")) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        // Only a demo instance names logins on its sign-in page.
        assertThat(anonymous.get("/login").body()).contains("Sign in").doesNotContain("forewarn-demo");
    }

    @Test
    void aWrongPasswordStaysOnTheLoginFormAndSaysSo() throws Exception {
        Session session = new Session();
        HttpResponse<String> response = session.signIn(TestUsers.ANALYST, "not-the-password");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(session.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        Session analyst = new Session();
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        String forged = "Forged " + java.util.UUID.randomUUID();
        Map<String, String> form = new java.util.HashMap<>(Map.of("name", forged, "kind", "VENUE", "country", "RU",
                "relationship", "NEUTRAL", "liaison", "Front desk"));
        HttpResponse<String> response = analyst.post("/console/recipients", form);
        assertThat(response.statusCode()).isEqualTo(403);
        String page = analyst.get("/console/recipients").body();
        assertThat(page).doesNotContain(forged);

        // The very same form with the page's token goes through.
        form.put("_csrf", csrf(page));
        assertThat(analyst.post("/console/recipients", form).statusCode()).isEqualTo(302);
        assertThat(analyst.get("/console/recipients").body()).contains(forged);
    }

    @Test
    void eachRoleGetsOnlyItsOwnScreens() throws Exception {
        Session analyst = new Session();
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.get("/console/threats").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/console/audit").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/console/enrollments").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/console/alerts/new").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/console/audit").body()).contains("Not allowed", "ANALYST").doesNotContain("Exception");

        Session auditor = new Session();
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/console/audit").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/console/threats/new").statusCode()).isEqualTo(403);

        Session consular = new Session();
        consular.signIn(TestUsers.CONSULAR, TestUsers.PASSWORD);
        assertThat(consular.get("/console/enrollments").statusCode()).isEqualTo(200);
        assertThat(consular.get("/console/threats/new").statusCode()).isEqualTo(403);
    }

    @Test
    void theMenuOffersOnlyWhatTheRoleMayDo() throws Exception {
        Session analyst = new Session();
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        String menu = analyst.get("/console/threats").body();
        assertThat(menu).contains("href=\"/console/threats/new\"").doesNotContain("href=\"/console/audit\"")
                .doesNotContain("href=\"/console/enrollments\"");

        Session auditor = new Session();
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/console/threats").body()).contains("href=\"/console/audit\"")
                .doesNotContain("href=\"/console/threats/new\"");
    }

    @Test
    void aConsoleSessionDoesNotOpenTheApi() throws Exception {
        Session analyst = new Session();
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.get("/console/threats").statusCode()).isEqualTo(200);
        HttpResponse<String> api = analyst.get("/api/v1/threats");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Session analyst = new Session();
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        String page = analyst.get("/console/threats").body();
        HttpResponse<String> out = analyst.post("/logout", Map.of("_csrf", csrf(page)));
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(analyst.get("/console/threats").statusCode()).isEqualTo(302);
    }

    @Test
    void consolePagesCarryASessionCookieThatScriptsCannotRead() throws Exception {
        Session analyst = new Session();
        HttpResponse<String> login = analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        HttpResponse<String> page = analyst.get("/console/threats");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    @Test
    void everyConsoleHandlerNamesTheRolesThatMayUseIt() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Class<?>> controllers = scanner.findCandidateComponents("org.forewarn.console").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .collect(Collectors.toList());
        assertThat(controllers).hasSizeGreaterThanOrEqualTo(5);
        List<String> unguarded = controllers.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(ConsoleSecurityTests::isHandler)
                .filter(m -> !m.isAnnotationPresent(PreAuthorize.class))
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .collect(Collectors.toList());
        // Only the login page itself is open to everyone.
        assertThat(unguarded).containsExactly("HomeController.login");
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    /** One browser-like client: keeps cookies, does not follow redirects (the tests look at them). */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
            String token = csrf(get("/login").body());
            return post("/login", Map.of("username", user, "password", password, "_csrf", token));
        }

        HttpResponse<String> post(String path, Map<String, String> form)
                throws IOException, InterruptedException {
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

    private static boolean isHandler(Method m) {
        return m.isAnnotationPresent(GetMapping.class) || m.isAnnotationPresent(PostMapping.class)
                || m.isAnnotationPresent(RequestMapping.class);
    }
}
