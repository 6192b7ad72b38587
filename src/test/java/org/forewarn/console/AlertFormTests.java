package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.forewarn.alert.CapProfile;
import org.forewarn.alert.DraftAlert;
import org.forewarn.alert.EventKind;
import org.forewarn.alert.Severity;
import org.forewarn.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The composer's national-profile fields become the draft's profiles, event kind and area geocodes. */
class AlertFormTests {

    private static AlertForm form() {
        AlertForm form = new AlertForm();
        form.setSender("Embassy");
        form.setHeadline("Headline");
        form.setEvent("Event");
        form.setDescription("Description.");
        form.setInstruction("Instruction.");
        form.setSeverity(Severity.SEVERE);
        form.setAreaDescription("Downtown");
        form.setCircleLat(38.9);
        form.setCircleLon(-77.0);
        form.setRadiusKm(2.0);
        form.setTimeZone("America/New_York");
        return form;
    }

    @Test
    void checkedProfilesAndGeocodeLinesGoIntoTheDraft() {
        AlertForm form = form();
        form.setProfiles(List.of(CapProfile.IPAWS_V1, CapProfile.CAP_CP));
        form.setEventKind(EventKind.CIVIL_EMERGENCY);
        form.setGeocodes("SAME=011001\r\n\r\n profile:CAP-CP:Location:0.3 = 3506008 \n");

        DraftAlert draft = form.toCommand();

        assertThat(draft.profiles()).containsExactly(CapProfile.IPAWS_V1, CapProfile.CAP_CP);
        assertThat(draft.eventKind()).isEqualTo(EventKind.CIVIL_EMERGENCY);
        assertThat(draft.area().geocodes()).isEqualTo(Map.of("SAME", "011001",
                "profile:CAP-CP:Location:0.3", "3506008"));
    }

    @Test
    void aGeocodeLineWithoutValueNameIsRefusedNamingTheField() {
        AlertForm form = form();
        form.setGeocodes("011001");

        assertThatThrownBy(form::toCommand).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("area.geocodes", "valueName=value");
    }

    @Test
    void withoutProfilesTheDraftIsPlainCap() {
        DraftAlert draft = form().toCommand();

        assertThat(draft.profiles()).isEmpty();
        assertThat(draft.area().geocodes()).isEmpty();
    }
}
