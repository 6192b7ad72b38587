package org.forewarn.identity;

import java.util.Set;

import org.forewarn.shared.Violations;

/**
 * A request to set an account's roles, clearance and compartments (the whole of it, not a
 * difference). Whatever is elevated waits for a second ADMIN ({@link TwoPersonRule}).
 */
public record AccessChange(Set<Role> roles, Clearance clearance, Set<String> compartments) {

    public AccessChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        compartments = compartments == null ? Set.of() : Set.copyOf(compartments);
        Violations check = Violations.check()
                .notEmpty(roles, "roles")
                .notNull(clearance, "clearance");
        Compartments.check(compartments, check);
        check.orThrow();
    }
}
