package org.forewarn.alert;

import org.forewarn.shared.Violations;

/**
 * The national profiles' rules, checked on every message before it is stored (a draft, an update,
 * a cancel): a message lacking what one of its profiles needs is refused (400), naming each field
 * to fix, and nothing is stored.
 */
final class ProfileCheck {

    private ProfileCheck() {
    }

    static void require(PublicAlert message) {
        if (message.profiles().isEmpty()) {
            return;
        }
        Violations v = Violations.check().require(message.eventKind() != null, "eventKind",
                "is required when the alert follows a national profile: TERRORISM, CIVIL_EMERGENCY or DANGEROUS_PERSON");
        for (CapProfile profile : message.profiles()) {
            profile.rules().check(message, v);
        }
        v.orThrow();
    }
}
