package org.forewarn.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;

import tools.jackson.databind.JsonNode;

/** Accounts made for one test: by the system itself (trusted provisioning) or by an administrator. */
public final class Accounts {

    /** The password administrators give new accounts in tests. */
    public static final String INITIAL_PASSWORD = "chosen-by-the-admin-1";
    /** The password those accounts choose at first sign-in. */
    public static final String OWN_PASSWORD = "chosen-by-myself-123";

    private final Api api;
    private final UserAdministration administration;

    public Accounts(Api api, UserAdministration administration) {
        this.api = api;
        this.administration = administration;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Created in-process with nobody signed in, like the demo users: full access at once, password {@link TestUsers#PASSWORD}. */
    public String provision(String username, Clearance clearance, Role... roles) {
        administration.create(new NewUser(username, username, TestUsers.PASSWORD, Set.of(roles), clearance, Set.of()));
        return username;
    }

    /** Created through the API by an administrator; returns the account as the API answered. */
    public JsonNode createAs(String admin, String username, String clearance, List<String> compartments,
            String... roles) {
        return api.as(admin).post("/api/v1/users", Map.of("username", username, "password", INITIAL_PASSWORD,
                "roles", List.of(roles), "clearance", clearance, "compartments", compartments)).expect(201).json();
    }

    /** The account's first sign-in: it replaces the administrator's password with {@link #OWN_PASSWORD}. */
    public void chooseOwnPassword(String username) {
        api.as(username, INITIAL_PASSWORD).post("/api/v1/me/password", Map.of("currentPassword", INITIAL_PASSWORD,
                "newPassword", OWN_PASSWORD)).expect(204);
    }

    public String idOf(String username) {
        return administration.byUsername(username)
                .orElseThrow(() -> new AssertionError("no user " + username)).id().toString();
    }
}
