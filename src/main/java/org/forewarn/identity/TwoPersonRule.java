package org.forewarn.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * No single administrator can hand out what would let an account read protected content or approve
 * on its own: the APPROVER role, the PARTNER role (it opens a recipient's TAXII collections to
 * someone outside), a clearance above CONFIDENTIAL, any compartment, and the ADMIN role
 * itself (except while the first-start admin appoints the second, see {@link AdminQuorum}). Such a
 * grant waits for a second ADMIN, who is neither the requester nor the account concerned. Everything
 * else, and every reduction, applies at once.
 */
final class TwoPersonRule {

    /** The highest clearance one administrator may grant alone. */
    static final Clearance SINGLE_ADMIN_CEILING = Clearance.CONFIDENTIAL;

    private TwoPersonRule() {
    }

    /**
     * @param immediate what the account holds from now on
     * @param requested what it holds once a second ADMIN confirms (equal to {@code immediate} if no
     *                  confirmation is needed)
     * @param reasons   why confirmation is needed, one line each; empty if it is not
     */
    record Decision(Access immediate, Access requested, List<String> reasons) {

        Decision {
            reasons = List.copyOf(reasons);
        }

        boolean needsConfirmation() {
            return !reasons.isEmpty();
        }
    }

    /**
     * @param current         what the account holds now ({@link Access#NONE} for a new account)
     * @param requested       what an administrator asks for
     * @param adminNeedsSecond whether granting ADMIN needs a second administrator (outside the single-admin bootstrap)
     */
    static Decision decide(Access current, Access requested, boolean adminNeedsSecond) {
        List<String> reasons = new ArrayList<>();

        Set<Role> elevatedRoles = EnumSet.of(Role.APPROVER, Role.PARTNER);
        if (adminNeedsSecond) {
            elevatedRoles.add(Role.ADMIN);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : requested.roles()) {
            if (elevatedRoles.contains(role) && !current.roles().contains(role)) {
                reasons.add("the " + role + " role");
            } else {
                roles.add(role);
            }
        }

        Clearance clearance = requested.clearance();
        if (requested.clearance().compareTo(SINGLE_ADMIN_CEILING) > 0
                && requested.clearance().compareTo(current.clearance()) > 0) {
            reasons.add("clearance " + requested.clearance() + " (above " + SINGLE_ADMIN_CEILING + ")");
            clearance = current.clearance().compareTo(SINGLE_ADMIN_CEILING) > 0 ? current.clearance()
                    : SINGLE_ADMIN_CEILING;
        }

        Set<String> added = new TreeSet<>(requested.compartments());
        added.removeAll(current.compartments());
        Set<String> compartments = new HashSet<>(requested.compartments());
        if (!added.isEmpty()) {
            reasons.add("compartment" + (added.size() > 1 ? "s " : " ") + String.join(", ", added));
            compartments.retainAll(current.compartments());
        }

        Access immediate = reasons.isEmpty() ? requested : new Access(roles, clearance, compartments);
        return new Decision(immediate, requested, reasons);
    }
}
