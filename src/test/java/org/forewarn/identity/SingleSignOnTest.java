package org.forewarn.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.forewarn.testing.ApplicationTest;
import org.forewarn.testing.OidcProvider;
import org.forewarn.testing.OidcProvider.Person;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Forewarn with single sign-on through a real OpenID Connect provider ({@link OidcProvider}, in
 * this JVM), on a database of its own. The API tests and the browser tests share this one
 * application context.
 */
abstract class SingleSignOnTest extends ApplicationTest {

    /** ANALYST and APPROVER at once, to test separation of duties. */
    static final Person ANALYST = Person.of("sso-analyst", "SECRET", "ANALYST", "APPROVER");
    static final Person APPROVER = Person.of("sso-approver", "TOP_SECRET", "approver");
    /** An analyst whose token carries no clearance claim at all. */
    static final Person UNCLEARED = Person.of("sso-uncleared", null, "ANALYST");
    static final Person NO_ROLE = Person.of("sso-nobody", "SECRET", "viewer");
    /** A provider's mapper with a misspelt role: only its other role counts. */
    static final Person TYPO = Person.of("sso-typo", "SECRET", "CONSULAR", "consluar-lead");
    /** Signs in first with several requests at once. */
    static final Person CONCURRENT = Person.of("sso-concurrent", "CONFIDENTIAL", "LIAISON");
    static final Person PARTNER_CLAIM = Person.of("sso-partner", "SECRET", "PARTNER");
    static final Person AUDITOR = Person.of("sso-auditor", "SECRET", "AUDITOR");
    /** Same name as a local account of the test users. */
    static final Person NAMESAKE = Person.of("t.approver", "SECRET", "APPROVER");
    static final String PROVIDER_NAME = "Agency sign-in";

    static final OidcProvider provider = OidcProvider.start(ANALYST, APPROVER, UNCLEARED, NO_ROLE, TYPO, CONCURRENT, PARTNER_CLAIM,
            AUDITOR, NAMESAKE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        environment(registry, env.freshDataDir("sso"));
        singleSignOn(registry, provider);
    }

    static void singleSignOn(DynamicPropertyRegistry registry, OidcProvider provider) {
        registry.add("forewarn.sso.issuer-uri", provider::issuer);
        registry.add("forewarn.sso.client-id", () -> OidcProvider.CLIENT_ID);
        registry.add("forewarn.sso.client-secret", () -> OidcProvider.CLIENT_SECRET);
        registry.add("forewarn.sso.audience", () -> OidcProvider.API_AUDIENCE);
        registry.add("forewarn.sso.provider-name", () -> PROVIDER_NAME);
    }

    HttpResponse<String> get(String path, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    HttpResponse<String> post(String path, String json, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
