package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.forewarn.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Each profile's own rules, as {@link ProfileCheck} applies them to a message before it is stored. */
class ProfileCheckTests {

    static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

    private static PublicAlert draft(Instant effective, String zone, Map<String, String> geocodes, EventKind kind,
            CapProfile... profiles) {
        DraftAlert d = new DraftAlert("Embassy", "Headline", "Event", "Description.", "Instruction.", null,
                Severity.SEVERE, Urgency.IMMEDIATE, Certainty.LIKELY,
                new AlertArea("Area", null, new Circle(51.5, -0.12, 5.0), geocodes), effective,
                effective.plus(Duration.ofHours(12)), "en-GB", List.of(), zone, null, List.of(profiles), kind);
        return PublicAlert.draft(d, "consular", effective, Duration.ofHours(48));
    }

    private static List<String> fieldsRefused(Runnable attempt) {
        try {
            attempt.run();
            return List.of();
        } catch (InvalidInput refused) {
            return refused.problems().stream().map(InvalidInput.FieldProblem::field).toList();
        }
    }

    @Test
    void ipawsRefusesAZoneWhoseOffsetIsZeroWhenTheAlertApplies() {
        Map<String, String> same = Map.of("SAME", "011001");

        assertThatThrownBy(() -> draft(WINTER, "Europe/London", same, EventKind.TERRORISM, CapProfile.IPAWS_V1))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("timeZone", "offset 0");
        assertThatCode(() -> draft(SUMMER, "Europe/London", same, EventKind.TERRORISM, CapProfile.IPAWS_V1))
                .as("+01:00 in summer").doesNotThrowAnyException();
    }

    @Test
    void capCpTakesAProvinceCensusDivisionOrSubdivisionCode() {
        for (String sgc : List.of("35", "3506", "3506008")) {
            assertThatCode(() -> draft(WINTER, "America/Toronto", Map.of(CanadianProfile.LOCATION, sgc),
                    EventKind.CIVIL_EMERGENCY, CapProfile.CAP_CP)).as(sgc).doesNotThrowAnyException();
        }
        for (String bad : List.of("350", "35060", "Ottawa")) {
            assertThatThrownBy(() -> draft(WINTER, "America/Toronto", Map.of(CanadianProfile.LOCATION, bad),
                    EventKind.CIVIL_EMERGENCY, CapProfile.CAP_CP)).as(bad)
                    .hasMessageContaining("area.geocodes." + CanadianProfile.LOCATION, "is not a");
        }
    }

    @Test
    void capAuNeedsOnlyTheEventKindAndEveryProblemIsNamedAtOnce() {
        assertThatCode(() -> draft(WINTER, "Australia/Sydney", Map.of(), EventKind.DANGEROUS_PERSON,
                CapProfile.CAP_AU)).doesNotThrowAnyException();

        org.assertj.core.api.Assertions.assertThat(fieldsRefused(() -> draft(WINTER, "UTC", Map.of(), null,
                CapProfile.IPAWS_V1, CapProfile.CAP_CP, CapProfile.CAP_AU)))
                .containsExactly("eventKind", "area.geocodes.SAME", "timeZone",
                        "area.geocodes." + CanadianProfile.LOCATION);
    }

    @Test
    void withoutProfilesNothingIsRequired() {
        assertThatCode(() -> draft(WINTER, "UTC", Map.of(), null)).doesNotThrowAnyException();
    }
}
