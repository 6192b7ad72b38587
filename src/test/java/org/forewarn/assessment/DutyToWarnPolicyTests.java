package org.forewarn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
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

class DutyToWarnPolicyTests {

    private static ThreatSummary threat(HarmType... harms) {
        return new ThreatSummary(UUID.randomUUID(), "t", Set.of(harms), null, null, List.of(), null, null, null,
                Instant.now(), Clearance.SECRET, Set.of(), Tlp.RED, true, "UTC", ThreatStatus.OPEN, Instant.now(), null,
                List.of());
    }

    @Test
    void dutyArisesForCredibleSpecificThreatToLife() {
        DutyToWarnPolicy.check(new ProposeDetermination(Outcome.DUTY_TO_WARN, true, true, "r", null),
                threat(HarmType.KIDNAPPING));
    }

    @Test
    void everyUnmetCriterionIsNamed() {
        var unmet = DutyToWarnPolicy.unmetCriteria(new ProposeDetermination(Outcome.DUTY_TO_WARN, false, false, "r",
                null), threat(HarmType.OTHER));

        assertThat(unmet).hasSize(3);
    }

    @Test
    void waiverPresupposesTheDuty() {
        assertThatThrownBy(() -> DutyToWarnPolicy.check(new ProposeDetermination(Outcome.WAIVED, true, false, "r",
                WaiverJustification.NO_REASONABLE_MEANS), threat(HarmType.INTENTIONAL_KILLING)))
                .isInstanceOf(DomainException.class).hasMessageContaining("specific");
    }

    @Test
    void noDutyNeedsNoCriteria() {
        DutyToWarnPolicy.check(new ProposeDetermination(Outcome.NO_DUTY, false, false, "r", null),
                threat(HarmType.OTHER));
    }

    @Test
    void commandRefusesAJustificationOutsideAWaiver() {
        assertThatThrownBy(() -> new ProposeDetermination(Outcome.NO_DUTY, true, true, "r",
                WaiverJustification.VICTIM_ALREADY_AWARE)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("waiverJustification");
    }
}
