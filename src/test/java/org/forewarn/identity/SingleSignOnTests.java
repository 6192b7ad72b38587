package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.testing.Api;
import org.forewarn.testing.ApplicationProcess;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.LogCapture;
import org.forewarn.testing.OidcProvider;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API with the identity provider's bearer tokens: who the holder is and what they may do come
 * from the token's claims; a token that is expired, from another issuer or for nobody Forewarn knows
 * gets nothing; clearance and separation of duties hold for these users as for local ones.
 */
class SingleSignOnTests extends SingleSignOnTest {

    private static final OidcProvider otherProvider = OidcProvider.start(ANALYST);

    @AfterAll
    static void stopOtherProvider() {
        otherProvider.close();
    }

    @Test
    void aBearerTokenSignsInWithTheAccessItsClaimsGive() {
        String token = provider.accessToken(ANALYST);

        HttpResponse<String> me = get("/api/v1/me", token);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode user = json(me);
        assertThat(user.get("username").asText()).isEqualTo("sso-analyst");
        assertThat(user.get("displayName").asText()).isEqualTo("Test sso-analyst");
        assertThat(texts(user.get("roles"))).containsExactlyInAnyOrder("ANALYST", "APPROVER");
        assertThat(user.get("clearance").asText()).isEqualTo("SECRET");
        assertThat(user.get("issuer").asText()).isEqualTo(provider.issuer());
        // And HTTP Basic of local accounts still works beside it.
        api.as(TestUsers.APPROVER).get("/api/v1/me").expect(200);
    }

    @Test
    void eachTokensFirstUseIsOneAuditedSignInNotEveryRequest() {
        long before = lastSequence();
        String first = provider.accessToken(AUDITOR);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/me", first).statusCode()).isEqualTo(200);
        }
        String second = provider.accessToken(AUDITOR);
        assertThat(get("/api/v1/me", second).statusCode()).isEqualTo(200);

        List<JsonNode> signIns = signInsSince(before, "sso-auditor");
        assertThat(signIns).hasSize(2);
        assertThat(signIns.get(0).toString()).contains(provider.issuer(), "bearer-token", "AUDITOR");
    }

    @Test
    void aFirstSignInWithManyRequestsAtOnceMakesOneAccount() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(provider.accessToken(CONCURRENT));
        }
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String token = tokens.get(i % tokens.size());
            requests.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> get("/api/v1/me", token)));
        }

        List<String> ids = new ArrayList<>();
        for (var request : requests) {
            ids.add(json(request.get()).get("id").asText());
        }

        assertThat(ids).hasSize(12).containsOnly(ids.get(0));
        assertThat(api.as(TestUsers.ADMIN).all("/api/v1/users?q=sso-concurrent").size()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefusedAndSaysWhy() {
        Instant issued = Instant.now().minus(2, ChronoUnit.HOURS);
        String expired = provider.signedToken(ANALYST, issued, issued.plus(1, ChronoUnit.HOURS));
        String valid = provider.signedToken(ANALYST, Instant.now(), Instant.now().plus(5, ChronoUnit.MINUTES));

        HttpResponse<String> refused = get("/api/v1/me", expired);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(refused.body()).contains("invalid-token").containsIgnoringCase("expired");
        // The same key and claims, in date: accepted (so the refusal was the expiry).
        assertThat(get("/api/v1/me", valid).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = otherProvider.accessToken(ANALYST);

        HttpResponse<String> refused = get("/api/v1/me", foreign);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("invalid-token");
        assertThat(get("/api/v1/threats", foreign).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutAClearanceClaimReadsNoProtectedDetails() {
        String threat = api.as(TestUsers.ANALYST).post("/api/v1/threats", Fixtures.threat())
                .expect(201).id();
        String cleared = provider.accessToken(ANALYST);
        String uncleared = provider.accessToken(UNCLEARED);

        HttpResponse<String> withClearance = get("/api/v1/threats/" + threat, cleared);
        HttpResponse<String> without = get("/api/v1/threats/" + threat, uncleared);

        assertThat(withClearance.statusCode()).isEqualTo(200);
        assertThat(withClearance.body()).contains("NIGHTJAR");
        assertThat(json(get("/api/v1/me", uncleared)).get("clearance").asText()).isEqualTo("UNCLASSIFIED");
        assertThat(without.statusCode()).isEqualTo(200);
        assertThat(json(without).has("protectedDetails")).isFalse();
        assertThat(without.body()).doesNotContain("NIGHTJAR", "placeholder method name");
    }

    @Test
    void separationOfDutiesHoldsForSingleSignOnUsers() {
        String threat = post("/api/v1/threats", Api.JSON.writeValueAsString(Fixtures.threat()),
                provider.accessToken(ANALYST)).body();
        String threatId = Api.JSON.readTree(threat).get("id").asText();
        String analyst = provider.accessToken(ANALYST);
        HttpResponse<String> proposed = post("/api/v1/threats/" + threatId + "/determinations",
                Api.JSON.writeValueAsString(Fixtures.dutyToWarn()), analyst);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String determination = json(proposed).get("id").asText();

        HttpResponse<String> ownApproval = post("/api/v1/determinations/" + determination + "/approval",
                "{\"decision\":\"APPROVE\"}", analyst);
        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(ownApproval.body()).contains("separation-of-duties");

        HttpResponse<String> approved = post("/api/v1/determinations/" + determination + "/approval",
                "{\"decision\":\"APPROVE\"}", provider.accessToken(APPROVER));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void aPersonIsTheirIssuerAndSubjectNotTheirName() {
        // The provider calls this person "t.approver", as a local account here is called: they are two people.
        String token = provider.accessToken(NAMESAKE);
        JsonNode namesake = json(get("/api/v1/me", token));
        JsonNode local = api.as(TestUsers.APPROVER).get("/api/v1/me").expect(200).json();

        assertThat(namesake.get("id").asText()).isNotEqualTo(local.get("id").asText());
        assertThat(namesake.get("username").asText()).startsWith("t.approver~").isNotEqualTo("t.approver");
        assertThat(local.has("issuer")).isFalse();
        // Signing in again finds the same account, under the same name.
        assertThat(json(get("/api/v1/me", provider.accessToken(NAMESAKE))).get("id").asText())
                .isEqualTo(namesake.get("id").asText());

        // The local t.approver drafts nothing here, but may approve what the namesake proposed: another person.
        String threat = api.as(TestUsers.ANALYST).post("/api/v1/threats", Fixtures.threat())
                .expect(201).id();
        String determination = api.as(TestUsers.ANALYST)
                .post("/api/v1/threats/" + threat + "/determinations", Fixtures.dutyToWarn()).expect(201).id();
        assertThat(post("/api/v1/determinations/" + determination + "/approval", "{\"decision\":\"APPROVE\"}", token)
                .statusCode()).isEqualTo(200);
        // A single sign-on account has no password here: Basic with any password for its name is refused.
        api.as(namesake.get("username").asText(), "anything-at-all-1").get("/api/v1/me").expect(401);
    }

    @Test
    void unknownRolesAreIgnoredAndLoggedAndNoRoleMeansNoAccess() {
        try (LogCapture log = LogCapture.start()) {
            JsonNode typo = json(get("/api/v1/me", provider.accessToken(TYPO)));
            assertThat(texts(typo.get("roles"))).containsExactly("CONSULAR");

            HttpResponse<String> nobody = get("/api/v1/me", provider.accessToken(NO_ROLE));
            assertThat(nobody.statusCode()).isEqualTo(403);
            assertThat(nobody.body()).contains("no-forewarn-role");

            HttpResponse<String> partner = get("/api/v1/me", provider.accessToken(PARTNER_CLAIM));
            assertThat(partner.statusCode()).as("PARTNER is never given through single sign-on").isEqualTo(403);

            assertThat(log.warningsAndErrors()).anyMatch(line -> line.contains("'consluar-lead'"))
                    .anyMatch(line -> line.contains("'viewer'")).anyMatch(line -> line.contains("'PARTNER'"))
                    .noneMatch(line -> line.contains("eyJ"));
        }
        assertThat(api.as(TestUsers.ADMIN).all("/api/v1/users").toString()).doesNotContain("sso-nobody", "sso-partner");
    }

    @Test
    void administratorsDisableSingleSignOnAccountsButTheProviderOwnsTheirAccess() {
        String token = provider.accessToken(UNCLEARED);
        String id = json(get("/api/v1/me", token)).get("id").asText();

        api.as(TestUsers.ADMIN).put("/api/v1/users/" + id + "/access", Map.of("roles", List.of("ANALYST"),
                "clearance", "TOP_SECRET", "compartments", List.of())).expect(409);
        api.as(TestUsers.ADMIN).post("/api/v1/users/" + id + "/disable", Map.of()).expect(200);

        HttpResponse<String> disabled = get("/api/v1/me", provider.accessToken(UNCLEARED));
        assertThat(disabled.statusCode()).isEqualTo(401);
        assertThat(disabled.body()).contains("account-disabled");
        api.as(TestUsers.ADMIN).post("/api/v1/users/" + id + "/enable", Map.of()).expect(200);
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(200);
    }

    @Test
    void withLocalAccountsSwitchedOffOnlyTheProvidersTokensGetIn() throws Exception {
        Path dataDir = env.freshDataDir("sso-only");
        try (ApplicationProcess app = ApplicationProcess.start(dataDir,
                Map.of("FOREWARN_ADMIN_PASSWORD", "local-admin-password"),
                "--forewarn.sso.issuer-uri=" + provider.issuer(), "--forewarn.sso.client-id=" + OidcProvider.CLIENT_ID,
                "--forewarn.sso.client-secret=" + OidcProvider.CLIENT_SECRET, "--forewarn.sso.local-accounts=false")) {
            var basic = app.get("/api/v1/me", "admin", "local-admin-password");
            assertThat(basic.statusCode()).isEqualTo(401);
            assertThat(basic.headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
            assertThat(app.getWithToken("/api/v1/me", provider.accessToken(ANALYST)).statusCode()).isEqualTo(200);
            assertThat(app.get("/login", null, null).body()).contains("Sign in with").doesNotContain("id=\"password\"");
        }
    }

    private long lastSequence() {
        JsonNode items = api.as(TestUsers.AUDITOR).all("/api/v1/audit");
        return items.isEmpty() ? 0 : items.get(items.size() - 1).get("sequence").asLong();
    }

    private List<JsonNode> signInsSince(long sequence, String username) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : api.as(TestUsers.AUDITOR).all("/api/v1/audit?after=" + sequence)) {
            if ("SignedIn".equals(entry.get("eventType").asText()) && entry.toString().contains(username)) {
                found.add(entry);
            }
        }
        return found;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return Api.JSON.readTree(response.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
