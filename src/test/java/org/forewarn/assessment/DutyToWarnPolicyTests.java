package org.forewarn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.ThreatStatus;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DutyToWarnPolicyTests {

    private static ThreatSummary threat(HarmType... harms) {
        return new ThreatSummary(UUID.randomUUID(), "t", Set.of(harms), null, null, List.of(), null, null, null,
                Instant.now(), Clearance.SECRET, Set.of(), Tlp.RED, true, "UTC", ThreatStatus.OPEN, Instant.now(), null,
                List.of());
    }

    @ParameterizedTest
    @EnumSource(value = HarmType.class, names = {"INTENTIONAL_KILLING", "SERIOUS_BODILY_INJURY", "KIDNAPPING"})
    void dutyArisesForCredibleSpecificThreatToLifeLimbOrLiberty(HarmType harm) {
        ProposeDetermination duty = new ProposeDetermination(Outcome.DUTY_TO_WARN, true, true, "r", null);

        assertThat(DutyToWarnPolicy.unmetCriteria(duty, threat(harm))).isEmpty();
        assertThatNoException().isThrownBy(() -> DutyToWarnPolicy.check(duty, threat(harm)));
        // The same proposal about a harm that does not qualify is refused.
        assertThatThrownBy(() -> DutyToWarnPolicy.check(duty, threat(HarmType.OTHER)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                        .contains("A duty to warn requires a threat of INTENTIONAL_KILLING"));
    }

    @Test
    void everyUnmetCriterionIsNamed() {
        var unmet = DutyToWarnPolicy.unmetCriteria(new ProposeDetermination(Outcome.DUTY_TO_WARN, false, false, "r",
                null), threat(HarmType.OTHER));

        assertThat(unmet).hasSize(3).satisfiesExactly(
                credible -> assertThat(credible).startsWith("credible information"),
                specific -> assertThat(specific).startsWith("specific information"),
                harm -> assertThat(harm).contains("KIDNAPPING", "[OTHER]"));
    }

    @Test
    void waiverPresupposesTheDuty() {
        assertThatThrownBy(() -> DutyToWarnPolicy.check(new ProposeDetermination(Outcome.WAIVED, true, false, "r",
                WaiverJustification.NO_REASONABLE_MEANS), threat(HarmType.INTENTIONAL_KILLING)))
                .isInstanceOf(DomainException.class).hasMessageContaining("specific");
    }

    @Test
    void noDutyNeedsNoCriteria() {
        ThreatSummary vague = threat(HarmType.OTHER);

        assertThatNoException().isThrownBy(() -> DutyToWarnPolicy.check(
                new ProposeDetermination(Outcome.NO_DUTY, false, false, "r", null), vague));
        // What NO_DUTY may say of this threat, a duty to warn may not.
        assertThatThrownBy(() -> DutyToWarnPolicy.check(
                new ProposeDetermination(Outcome.DUTY_TO_WARN, false, false, "r", null), vague))
                .isInstanceOf(DomainException.class).hasMessageContainingAll("credible", "specific");
    }

    @Test
    void commandRefusesAJustificationOutsideAWaiver() {
        assertThatThrownBy(() -> new ProposeDetermination(Outcome.NO_DUTY, true, true, "r",
                WaiverJustification.VICTIM_ALREADY_AWARE)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("waiverJustification");
    }
}
