package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How token claims become a person's access, without a provider. */
class SsoClaimsTests {

    private final SsoProperties.Claims keycloak = new SsoProperties.Claims("preferred_username", "name",
            "realm_access.roles", "", "clearance", "compartments");

    @Test
    void rolesClearanceAndCompartmentsComeFromTheNamedClaims() {
        Access access = new SsoClaims(keycloak).access(Map.of("realm_access", Map.of("roles",
                List.of("analyst", "offline_access", "Approver")), "clearance", "top secret",
                "compartments", "GAMMA, SI-G"));

        assertThat(access.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.APPROVER);
        assertThat(access.clearance()).isEqualTo(Clearance.TOP_SECRET);
        assertThat(access.compartments()).containsExactlyInAnyOrder("GAMMA", "SI-G");
    }

    @Test
    void aPrefixSeparatesForewarnsRolesFromOtherApplicationsRoles() {
        SsoClaims prefixed = new SsoClaims(new SsoProperties.Claims("preferred_username", "name", "roles",
                "forewarn-", "clearance", "compartments"));

        Access access = prefixed.access(Map.of("roles", List.of("forewarn-liaison", "auditor", "forewarn-partner")));

        assertThat(access.roles()).containsExactly(Role.LIAISON);
        assertThat(access.clearance()).isEqualTo(Clearance.UNCLASSIFIED);
    }

    @Test
    void anUnknownClearanceIsTheLeastNotAnError() {
        assertThat(new SsoClaims(keycloak).access(Map.of("clearance", "COSMIC")).clearance())
                .isEqualTo(Clearance.UNCLASSIFIED);
    }

    @Test
    void theClientSecretIsNeverPrintedAndSettingsThatCannotWorkStopTheStart() {
        SsoProperties sso = new SsoProperties(URI.create("https://login.example.org/realms/agency"), "forewarn",
                "s3cret-value", List.of("openid"), null, Duration.ofSeconds(60), true, "Agency", keycloak);

        assertThat(sso.toString()).doesNotContain("s3cret-value").contains("(set)");
        assertThatThrownBy(() -> new SsoProperties(null, null, null, List.of("openid"), null, Duration.ZERO, false,
                "Agency", keycloak)).hasMessageContaining("local-accounts");
        assertThatThrownBy(() -> new SsoProperties(URI.create("https://login.example.org"), "forewarn", " ",
                List.of("openid"), null, Duration.ZERO, true, "Agency", keycloak)).hasMessageContaining("client-secret");
    }
}
