package org.forewarn.identity;

import java.util.Set;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/** How a compartment is spelled: a short code without spaces, such as {@code GAMMA} or {@code SI-G}. */
final class Compartments {

    private static final Pattern NAME = Pattern.compile("\\S{1,64}");

    private Compartments() {
    }

    static void check(Set<String> compartments, Violations violations) {
        for (String compartment : compartments) {
            violations.require(compartment != null && NAME.matcher(compartment).matches(), "compartments",
                    "each compartment must be 1-64 characters without spaces");
            violations.text(compartment, "compartments");
        }
    }
}
