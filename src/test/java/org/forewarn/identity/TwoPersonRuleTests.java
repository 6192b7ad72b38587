package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.identity.Clearance.CONFIDENTIAL;
import static org.forewarn.identity.Clearance.SECRET;
import static org.forewarn.identity.Clearance.TOP_SECRET;
import static org.forewarn.identity.Clearance.UNCLASSIFIED;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TwoPersonRuleTests {

    private static Access access(Clearance clearance, Set<String> compartments, Role... roles) {
        return new Access(Set.of(roles), clearance, compartments);
    }

    @Test
    void theApproverRoleWaitsForASecondAdminWhileTheRestAppliesAtOnce() {
        var decision = TwoPersonRule.decide(Access.NONE, access(CONFIDENTIAL, Set.of(), Role.ANALYST, Role.APPROVER),
                true);

        assertThat(decision.needsConfirmation()).isTrue();
        assertThat(decision.immediate()).isEqualTo(access(CONFIDENTIAL, Set.of(), Role.ANALYST));
        assertThat(decision.requested().roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.APPROVER);
        assertThat(decision.reasons()).containsExactly("the APPROVER role");
    }

    @Test
    void thePartnerRoleWaitsForASecondAdmin() {
        var decision = TwoPersonRule.decide(Access.NONE, access(UNCLASSIFIED, Set.of(), Role.PARTNER), true);

        assertThat(decision.immediate().roles()).isEmpty();
        assertThat(decision.requested().roles()).containsExactly(Role.PARTNER);
        assertThat(decision.reasons()).containsExactly("the PARTNER role");
    }

    @Test
    void aClearanceAboveConfidentialIsCappedAtConfidentialUntilConfirmed() {
        var decision = TwoPersonRule.decide(Access.NONE, access(TOP_SECRET, Set.of(), Role.ANALYST), true);

        assertThat(decision.immediate().clearance()).isEqualTo(CONFIDENTIAL);
        assertThat(decision.requested().clearance()).isEqualTo(TOP_SECRET);
        assertThat(decision.reasons()).containsExactly("clearance TOP_SECRET (above CONFIDENTIAL)");
    }

    @Test
    void raisingSecretToTopSecretKeepsSecretMeanwhile() {
        var decision = TwoPersonRule.decide(access(SECRET, Set.of(), Role.ANALYST),
                access(TOP_SECRET, Set.of(), Role.ANALYST), true);

        assertThat(decision.immediate().clearance()).isEqualTo(SECRET);
        assertThat(decision.needsConfirmation()).isTrue();
    }

    @Test
    void upToConfidentialAndOrdinaryRolesOneAdminMayGrantAlone() {
        Access requested = access(CONFIDENTIAL, Set.of(), Role.ANALYST, Role.LIAISON, Role.CONSULAR, Role.AUDITOR);

        var decision = TwoPersonRule.decide(Access.NONE, requested, true);

        assertThat(decision.needsConfirmation()).isFalse();
        assertThat(decision.immediate()).isEqualTo(requested);
    }

    @Test
    void everyNewCompartmentWaitsAndThoseAlreadyHeldStay() {
        var decision = TwoPersonRule.decide(access(SECRET, Set.of("GAMMA"), Role.ANALYST),
                access(SECRET, Set.of("GAMMA", "HCS", "SI"), Role.ANALYST), true);

        assertThat(decision.immediate().compartments()).containsExactly("GAMMA");
        assertThat(decision.reasons()).containsExactly("compartments HCS, SI");
    }

    @Test
    void reductionsApplyAtOnce() {
        Access current = access(TOP_SECRET, Set.of("GAMMA", "HCS"), Role.ANALYST, Role.APPROVER, Role.ADMIN);
        Access reduced = access(SECRET, Set.of("GAMMA"), Role.ANALYST);

        var decision = TwoPersonRule.decide(current, reduced, true);

        assertThat(decision.needsConfirmation()).isFalse();
        assertThat(decision.immediate()).isEqualTo(reduced);
    }

    @Test
    void whatIsAlreadyConfirmedIsNotAskedForAgain() {
        Access current = access(TOP_SECRET, Set.of("GAMMA"), Role.APPROVER);

        var decision = TwoPersonRule.decide(current, access(TOP_SECRET, Set.of("GAMMA"), Role.APPROVER, Role.AUDITOR),
                true);

        assertThat(decision.needsConfirmation()).isFalse();
        assertThat(decision.immediate().roles()).containsExactlyInAnyOrder(Role.APPROVER, Role.AUDITOR);
    }

    @Test
    void theAdminRoleNeedsASecondAdminOutsideTheSingleAdminBootstrap() {
        Access requested = access(UNCLASSIFIED, Set.of(), Role.ADMIN);

        var bootstrap = TwoPersonRule.decide(Access.NONE, requested, false);
        var later = TwoPersonRule.decide(Access.NONE, requested, true);

        assertThat(bootstrap.needsConfirmation()).as("the only admin appoints the second").isFalse();
        assertThat(later.needsConfirmation()).isTrue();
        assertThat(later.immediate().roles()).isEmpty();
        assertThat(later.reasons()).containsExactly("the ADMIN role");
    }

    @Test
    void everythingElevatedIsNamed() {
        var decision = TwoPersonRule.decide(Access.NONE,
                access(TOP_SECRET, Set.of("GAMMA"), Role.ANALYST, Role.APPROVER, Role.ADMIN), true);

        assertThat(decision.reasons()).containsExactlyInAnyOrder("the APPROVER role", "the ADMIN role",
                "clearance TOP_SECRET (above CONFIDENTIAL)", "compartment GAMMA");
        assertThat(decision.immediate()).isEqualTo(access(CONFIDENTIAL, Set.of(), Role.ANALYST));
    }
}
