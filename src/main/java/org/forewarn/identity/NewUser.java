package org.forewarn.identity;

import java.util.Set;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/**
 * A request to create a user. Created by an administrator, the account starts with what one
 * administrator may grant (the elevated rest waits for a second ADMIN) and must change this password
 * at first sign-in.
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Clearance clearance,
                      Set<String> compartments) {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        compartments = compartments == null ? Set.of() : Set.copyOf(compartments);
        Violations check = Violations.check()
                .require(username != null && USERNAME.matcher(username).matches(), "username",
                        "must be 2-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter")
                .require(password == null || PasswordRule.acceptable(password), "password", PasswordRule.DESCRIPTION)
                .notEmpty(roles, "roles")
                .notNull(clearance, "clearance")
                .maxLength(displayName, 200, "displayName");
        Compartments.check(compartments, check);
        check.orThrow();
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", roles=" + roles + ", clearance=" + clearance + "]";
    }
}
