package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class AuthenticationTests extends IntegrationTest {

    @Autowired
    AccountAuthenticationProvider authentication;
    @Autowired
    JdbcClient jdbc;

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
    void passwordsAreStoredAsSaltedArgon2idHashesAndNeverShown() {
        String password = "the-same-password-for-both";
        String first = create("hashed", password);
        String second = create("hashed", password);

        String firstHash = storedHash(first);
        String secondHash = storedHash(second);

        // Argon2id with Spring Security's 5.8 parameters: 16 MiB, 2 passes, one lane.
        assertThat(firstHash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$").doesNotContain(password);
        assertThat(secondHash).as("a salt of its own").isNotEqualTo(firstHash);
        assertThat(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()
                .matches(password, firstHash.substring("{argon2}".length()))).isTrue();
        String listed = api.as(TestUsers.ADMIN).get("/api/v1/users").expect(200).body();
        String one = api.as(TestUsers.ADMIN).get("/api/v1/users/" + first).expect(200).body();
        assertThat(listed).contains(first);
        assertThat(listed + one).doesNotContain(firstHash.substring(firstHash.lastIndexOf('$') + 1), "argon2",
                "passwordHash", password);
    }

    private String create(String prefix, String password) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return api.as(TestUsers.ADMIN).post("/api/v1/users", Map.of("username", name, "password", password,
                "roles", List.of("AUDITOR"), "clearance", "CONFIDENTIAL")).expect(201).id();
    }

    private String storedHash(String userId) {
        return jdbc.sql("select password_hash from users where id = cast(:id as uuid)").param("id", userId)
                .query(String.class).single();
    }
}
