package org.forewarn.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an account may do and see: its roles, clearance and compartments. The confirmed access of
 * an account is the only one authorization ever reads.
 */
record Access(Set<Role> roles, Clearance clearance, Set<String> compartments) {

    /** A new account before anything is granted. */
    static final Access NONE = new Access(Set.of(), Clearance.UNCLASSIFIED, Set.of());

    Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        compartments = Set.copyOf(compartments);
        if (clearance == null) {
            throw new IllegalArgumentException("clearance is required");
        }
    }

    static Access of(AccessChange change) {
        return new Access(change.roles(), change.clearance(), change.compartments());
    }

    @Override
    public String toString() {
        return new TreeSet<>(roles.stream().map(Role::name).toList()) + " " + clearance
                + (compartments.isEmpty() ? "" : " " + new TreeSet<>(compartments));
    }
}
