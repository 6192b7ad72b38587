package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

/** The signed-in person acting on a request, as the other modules see them. */
public record Actor(UUID id, String username, Set<Role> roles, Clearance clearance, Set<String> compartments) {

    public Actor {
        roles = Set.copyOf(roles);
        compartments = Set.copyOf(compartments);
    }

    /** The actor recorded when the system itself acts (schedulers, deliveries). */
    public static Actor system() {
        return new Actor(new UUID(0, 0), "system", Set.of(), Clearance.UNCLASSIFIED, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this person may read details protected at this level and in these compartments. */
    public boolean isClearedFor(Clearance classification, Set<String> requiredCompartments) {
        return clearance.reaches(classification) && compartments.containsAll(requiredCompartments);
    }
}
