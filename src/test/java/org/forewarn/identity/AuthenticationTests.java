package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class AuthenticationTests extends IntegrationTest {

    @Autowired
    AccountAuthenticationProvider authentication;

    @Test
    void accountProviderAuthenticatesAgainstTheUserStore() {
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                TestUsers.ANALYST, TestUsers.PASSWORD)).getPrincipal()).isInstanceOf(ForewarnUser.class);
    }

    @Test
    void anOldPasswordStopsWorkingTheMomentItIsChanged() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        api.as(TestUsers.ADMIN).post("/api/v1/users", Map.of("username", name, "password", "first-password-123",
                "roles", List.of("ANALYST"), "clearance", "CONFIDENTIAL")).expect(201);
        // The administrator chose this password, so it opens nothing but the password change.
        api.as(name, "first-password-123").get("/api/v1/me").expect(403);
        api.as(name, "first-password-123").get("/api/v1/me").expect(403);

        api.as(name, "first-password-123").post("/api/v1/me/password", Map.of("currentPassword", "first-password-123",
                "newPassword", "second-password-456")).expect(204);

        api.as(name, "first-password-123").get("/api/v1/me").expect(401);
        api.as(name, "second-password-456").get("/api/v1/me").expect(200);
    }

    @Test
    void wrongPasswordIsRefusedEvenRightAfterTheRightOne() {
        api.as(TestUsers.AUDITOR).get("/api/v1/me").expect(200);

        api.as(TestUsers.AUDITOR, TestUsers.PASSWORD + "x").get("/api/v1/me").expect(401);
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        assertThat(api.as(TestUsers.ADMIN).get("/api/v1/users").expect(200).body()).doesNotContain("passwordHash");
    }
}
