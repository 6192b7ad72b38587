package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/**
 * A request to create a user. Created by an administrator, the account starts with what one
 * administrator may grant (the elevated rest waits for a second ADMIN) and must change this password
 * at first sign-in.
 *
 * @param recipientId the recipient a {@link Role#PARTNER} account speaks for: required with that role,
 *                    forbidden with any other ({@link PartnerAccess})
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Clearance clearance,
                      Set<String> compartments, UUID recipientId) {

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
        PartnerAccess.check(roles, compartments, recipientId, check);
        check.orThrow();
    }

    /** An account of Forewarn's own staff (not a partner). */
    public NewUser(String username, String displayName, String password, Set<Role> roles, Clearance clearance,
            Set<String> compartments) {
        this(username, displayName, password, roles, clearance, compartments, null);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", roles=" + roles + ", clearance=" + clearance
                + (recipientId == null ? "" : ", recipient=" + recipientId) + "]";
    }
}
