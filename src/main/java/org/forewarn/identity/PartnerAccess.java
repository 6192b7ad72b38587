package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.Violations;

/**
 * A partner account speaks for one recipient of the directory and for nothing else: the
 * {@link Role#PARTNER} role goes with a recipient, alone (no staff role beside it, no compartment),
 * and a staff account has no recipient. An account's recipient is fixed when it is created, so a
 * change of access can neither turn a staff account into a partner nor a partner into staff.
 */
final class PartnerAccess {

    private PartnerAccess() {
    }

    static void check(Set<Role> roles, Set<String> compartments, UUID recipientId, Violations violations) {
        boolean partner = roles.contains(Role.PARTNER);
        if (partner) {
            violations.require(roles.size() == 1, "roles",
                    "PARTNER is held alone: a partner service's account cannot also hold a staff role");
            violations.require(compartments.isEmpty(), "compartments", "a PARTNER account holds no compartment");
            violations.require(recipientId != null, "recipientId",
                    "is required for a PARTNER account: the recipient of the directory it speaks for");
        } else {
            violations.require(recipientId == null, "recipientId",
                    "is only for PARTNER accounts; a staff account speaks for no recipient");
        }
    }
}
