package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.identity.Role.ADMIN;
import static org.forewarn.identity.Role.ANALYST;
import static org.forewarn.identity.Role.APPROVER;
import static org.forewarn.identity.Role.AUDITOR;
import static org.forewarn.identity.Role.CONSULAR;
import static org.forewarn.identity.Role.LIAISON;
import static org.forewarn.identity.Role.PARTNER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.forewarn.identity.Role;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role: the roles allowed get past the role check, every other role gets
 * 403, and a caller without credentials gets 401. A second test makes sure no endpoint escapes
 * the table or lacks its role check. The actuator: health and its probes are open, the Prometheus
 * metrics need the metrics credential (and only it), nothing else is open to anyone.
 */
class SecurityMatrixTests extends IntegrationTest {

    /** Every role: what any account may do with itself. */
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** Every staff role: a partner service (PARTNER) may use nothing but TAXII and its own account. */
    private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(PARTNER));
    private static final Set<Role> CASE_READERS = EnumSet.of(ANALYST, APPROVER, LIAISON, CONSULAR, AUDITOR);
    private static final Set<Role> OVERSIGHT = EnumSet.of(AUDITOR, APPROVER, ANALYST);
    /** The TAXII server: partner services, and the staff who oversee their collections. */
    private static final Set<Role> TAXII = EnumSet.of(PARTNER, ANALYST, AUDITOR);
    private static final String TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";

    record Endpoint(HttpMethod method, String template, Set<Role> allowed, String contentType, String accept) {
        Endpoint(HttpMethod method, String template, Set<Role> allowed) {
            this(method, template, allowed, "application/json", "application/json");
        }

        String key() {
            return method + " " + template;
        }
    }

    static final List<Endpoint> MATRIX = List.of(
            new Endpoint(HttpMethod.POST, "/api/v1/threats", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{id}", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{threatId}/determinations", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/determinations", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/determinations/{id}", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/determinations/{id}/approval", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.POST, "/api/v1/recipients", EnumSet.of(ANALYST, ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/recipients", STAFF),
            new Endpoint(HttpMethod.GET, "/api/v1/recipients/{id}", STAFF),
            new Endpoint(HttpMethod.POST, "/api/v1/recipients/{id}/relationship-confirmation", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.PUT, "/api/v1/recipients/{id}/relationship", EnumSet.of(ANALYST, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{threatId}/tearline-check", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{threatId}/warnings", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/warnings", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/warnings/{id}", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/warnings/{id}/approval", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/warnings/{id}/approval-review", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.POST, "/api/v1/warnings/{id}/send", EnumSet.of(LIAISON)),
            new Endpoint(HttpMethod.POST, "/api/v1/warnings/{id}/acknowledgment", EnumSet.of(LIAISON)),
            new Endpoint(HttpMethod.POST, "/api/v1/warnings/{id}/responses", EnumSet.of(LIAISON)),
            new Endpoint(HttpMethod.POST, "/api/v1/warnings/{id}/escalation", EnumSet.of(LIAISON, APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/warnings/{id}/receipt", EnumSet.of(ANALYST, APPROVER, LIAISON, AUDITOR)),
            new Endpoint(HttpMethod.POST, "/api/v1/warnings/{warningId}/statements", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/warnings/{warningId}/statements/draft", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/warnings/{warningId}/statements", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/statements/{id}", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/statements/{id}/decision", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/statements/{id}/bundle", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/due", STAFF),
            new Endpoint(HttpMethod.GET, "/api/v1/audit", EnumSet.of(AUDITOR)),
            new Endpoint(HttpMethod.GET, "/api/v1/audit/verify", EnumSet.of(AUDITOR)),
            new Endpoint(HttpMethod.GET, "/api/v1/signing-key", STAFF),
            new Endpoint(HttpMethod.GET, "/api/v1/signing-keys", STAFF),
            new Endpoint(HttpMethod.GET, "/api/v1/me", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/v1/me/password", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/v1/users", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/users", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/users/{id}", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.PUT, "/api/v1/users/{id}/access", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/users/{id}/disable", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/users/{id}/enable", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/users/grants", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/users/grants/{id}", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/users/grants/{id}/confirmation", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/users/grants/{id}/rejection", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/security/login-throttle", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.DELETE, "/api/v1/security/login-throttle/{id}", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{id}/closure", EnumSet.of(ANALYST, APPROVER)),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{id}/incidents", EnumSet.of(ANALYST, APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/timeline", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/review", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/review.pdf", CASE_READERS, "application/json",
                    "application/pdf"),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{threatId}/findings", EnumSet.of(ANALYST, APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/findings", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/findings/{id}", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/findings/{findingId}/actions", EnumSet.of(ANALYST, APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/corrective-actions", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/corrective-actions/{id}", CASE_READERS),
            // Any case reader may be an action's point of contact; whether this one is, the action decides.
            new Endpoint(HttpMethod.POST, "/api/v1/corrective-actions/{id}/completion", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/corrective-actions/{id}/cancellation", EnumSet.of(ANALYST, APPROVER)),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{threatId}/claims", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/claims", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/claims/{id}", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/warnings/{warningId}/claims", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{threatId}/nds", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{id}/hypotheses", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{id}/hypotheses", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{id}/evidence", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{id}/evidence", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{id}/ratings", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{id}/matrix", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{id}/judgements", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{id}/judgements", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/threats/{id}/stix", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/intake/feeds", EnumSet.of(ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/intake/feeds", EnumSet.of(ADMIN, ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/intake/feeds/{id}", EnumSet.of(ADMIN, ANALYST)),
            new Endpoint(HttpMethod.POST, "/api/v1/intake/feeds/{id}/poll", EnumSet.of(ADMIN, ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/intake/reporting", EnumSet.of(ANALYST, AUDITOR)),
            new Endpoint(HttpMethod.GET, "/api/v1/intake/reporting/{id}", EnumSet.of(ANALYST, AUDITOR)),
            new Endpoint(HttpMethod.POST, "/api/v1/intake/reporting/{id}/threat", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.POST, "/api/v1/intake/reporting/{id}/dismissal", EnumSet.of(ANALYST)),
            new Endpoint(HttpMethod.GET, "/api/v1/oversight", OVERSIGHT),
            new Endpoint(HttpMethod.GET, "/api/v1/oversight", OVERSIGHT, "application/json", "text/csv"),
            new Endpoint(HttpMethod.GET, "/api/v1/oversight.csv", OVERSIGHT),
            new Endpoint(HttpMethod.GET, "/api/v1/oversight/cases", OVERSIGHT),
            new Endpoint(HttpMethod.POST, "/api/v1/threats/{threatId}/nds-exception", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.POST, "/api/v1/alerts", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.GET, "/api/v1/alerts", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/alerts/{id}", CASE_READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/alerts/{id}/publish", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.POST, "/api/v1/alerts/{id}/update", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.POST, "/api/v1/alerts/{id}/cancel", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.GET, "/api/v1/alerts/{id}/release-review", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.POST, "/api/v1/alerts/{id}/release", EnumSet.of(APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/alerts/{id}/fanout", CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/alerts/{id}/fanout/stream", CASE_READERS, "application/json",
                    "text/event-stream"),
            new Endpoint(HttpMethod.GET, "/api/v1/alerts/{id}/deliveries", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.POST, "/api/v1/enrollments", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.GET, "/api/v1/enrollments", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.GET, "/api/v1/enrollments/{id}", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.PUT, "/api/v1/enrollments/{id}", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.DELETE, "/api/v1/enrollments/{id}", EnumSet.of(CONSULAR)),
            new Endpoint(HttpMethod.POST, "/api/v1/enrollments/import", EnumSet.of(CONSULAR), "text/csv",
                    "application/json"),
            taxii(HttpMethod.GET, "/taxii2/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/collections/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/collections/{id}/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/collections/{id}/objects/"),
            taxii(HttpMethod.POST, "/taxii2/{apiRoot}/collections/{id}/objects/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/collections/{id}/objects/{objectId}/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/collections/{id}/objects/{objectId}/versions/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/collections/{id}/manifest/"),
            taxii(HttpMethod.GET, "/taxii2/{apiRoot}/status/{statusId}/"));

    private static Endpoint taxii(HttpMethod method, String template) {
        return new Endpoint(method, template, TAXII, TAXII_MEDIA_TYPE, TAXII_MEDIA_TYPE);
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRoleGetsExactlyTheEndpointsItShould() {
        List<String> violations = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            // Unknown ids: a caller who passes the role check gets 404 or 400, never 401/403.
            String path = endpoint.template().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int anonymous = call(endpoint, path, null);
            if (anonymous != 401) {
                violations.add(endpoint.key() + " without credentials: " + anonymous + " instead of 401");
            }
            for (String user : TestUsers.ONE_PER_ROLE) {
                Role role = TestUsers.roleOf(user);
                int status = call(endpoint, path, user);
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed && (status == 401 || status == 403)) {
                    violations.add(endpoint.key() + " as " + role + ": " + status + " but the role is allowed");
                }
                if (!allowed && status != 403) {
                    violations.add(endpoint.key() + " as " + role + ": " + status + " instead of 403");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private int call(Endpoint endpoint, String path, String user) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(endpoint.method(), path).header("Accept", endpoint.accept());
        if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
            request.contentType(endpoint.contentType()).content(endpoint.contentType().equals("text/csv") ? "name\n" : "{}");
        }
        if (user != null) {
            request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .httpBasic(user, TestUsers.PASSWORD));
        }
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(endpoint.key(), e);
        }
    }

    @Test
    void wrongPasswordIs401() {
        var response = api.as(TestUsers.ANALYST, "not-the-password").get("/api/v1/threats");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void healthAndItsProbesAreOpenToEveryone() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = api.anonymous().get(path, "Accept", "*/*");
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.json().get("status").asString()).as(path).isEqualTo("UP");
        }
    }

    /**
     * The metrics have a credential of their own: no staff or partner account reads them, and the metrics
     * credential is no account anywhere else (so 401 there: it is not a Forewarn user).
     */
    @Test
    void metricsAreReadWithTheirOwnCredentialAndItOpensNothingElse() {
        List<String> violations = new ArrayList<>();
        expect(violations, "anonymous", api.anonymous(), PROMETHEUS, 401);
        for (String user : TestUsers.ONE_PER_ROLE) {
            expect(violations, user, api.as(user, TestUsers.PASSWORD), PROMETHEUS, 401);
        }
        expect(violations, "a wrong metrics password", api.as("prometheus", "not-the-metrics-password"), PROMETHEUS,
                401);
        expect(violations, "the metrics credential", metrics(), PROMETHEUS, 200);

        // Elsewhere, from an address of its own (each refusal counts as a failed sign-in).
        for (String path : List.of("/api/v1/me", "/api/v1/threats", "/api/v1/audit/verify", "/taxii2/")) {
            expect(violations, "the metrics credential", metrics(), path, 401);
        }
        int console = metrics().get("/console", "Accept", "text/html").status();
        if (console == 200) {
            violations.add("the metrics credential opened the console");
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noOtherActuatorEndpointIsOpenToAnyone() {
        List<String> opened = new ArrayList<>();
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/metrics", "/actuator/loggers", "/actuator/mappings", "/actuator/threaddump",
                "/actuator/heapdump", "/actuator/shutdown")) {
            for (var caller : List.of(api.anonymous(), api.as(TestUsers.ADMIN, TestUsers.PASSWORD), metrics())) {
                int status = caller.get(path, "Accept", "*/*").status();
                if (status == 200) {
                    opened.add(path);
                }
            }
        }
        assertThat(opened).isEmpty();
    }

    private static final String PROMETHEUS = "/actuator/prometheus";

    private org.forewarn.testing.Api.Caller metrics() {
        return api.from("203.0.113." + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(254)))
                .as("prometheus", METRICS_PASSWORD);
    }

    private static void expect(List<String> violations, String who, org.forewarn.testing.Api.Caller caller, String path,
            int status) {
        int actual = caller.get(path, "Accept", "*/*").status();
        if (actual != status) {
            violations.add("GET " + path + " as " + who + ": " + actual + " instead of " + status);
        }
    }

    @Test
    void everyApiEndpointIsInTheMatrixAndChecksARole() {
        Set<String> registered = new TreeSet<>();
        List<String> unguarded = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.forewarn")) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/taxii2/")) {
                    continue;
                }
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    registered.add(method.name() + " " + pattern);
                }
            }
            boolean api = entry.getKey().getPatternValues().stream()
                    .anyMatch(p -> p.startsWith("/api/") || p.startsWith("/taxii2/"));
            boolean guarded = !api || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!guarded) {
                unguarded.add(handler.toString());
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(e -> inMatrix.add(e.key()));

        assertThat(unguarded).as("handlers without @PreAuthorize").isEmpty();
        assertThat(registered).isNotEmpty().isEqualTo(inMatrix);
    }
}
