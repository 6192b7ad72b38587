package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.threat.Area;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.Target;
import org.forewarn.threat.TargetKind;
import org.forewarn.threat.ThreatStatus;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Tlp;
import org.junit.jupiter.api.Test;

class FacetsInTextTests {

    static final ThreatSummary CROCUS = new ThreatSummary(UUID.randomUUID(), "Plot against gatherings in Moscow",
            Set.of(HarmType.INTENTIONAL_KILLING), "Islamic State (ISIS-K)", "armed assault on a crowded venue",
            List.of(new Target("Crocus City Hall", TargetKind.VENUE, "Krasnogorsk, Moscow Oblast, Russia", 55.8, 37.4),
                    new Target("a synagogue in Moscow", TargetKind.VENUE, "Moscow, Russia", null, null)),
            new Area("Moscow and Moscow Oblast", null), Instant.parse("2024-03-05T21:00:00Z"),
            Instant.parse("2024-03-31T20:59:59Z"), Instant.parse("2024-03-05T07:00:00Z"), Clearance.SECRET, Set.of(),
            Tlp.RED, true, "Europe/Moscow", ThreatStatus.OPEN, Instant.parse("2024-03-05T07:10:00Z"), null, List.of());

    static final String CROCUS_TEXT = "Credible information indicates Islamic State operatives plan an armed attack on "
            + "large gatherings in Moscow in the coming weeks. Potential targets include Crocus City Hall in "
            + "Krasnogorsk and a synagogue in Moscow.";

    static Facets facets(FacetStatus actor, FacetStatus target, FacetStatus place, FacetStatus time,
            FacetStatus method) {
        return new Facets(actor, target, place, time, method, Map.of("method", "would reveal how we know"));
    }

    static final Facets CROCUS_FACETS = facets(FacetStatus.SHARED, FacetStatus.SHARED, FacetStatus.SHARED,
            FacetStatus.SHARED, FacetStatus.WITHHELD);

    private static KnownVsShared read(Facets declared, String text, boolean cleared) {
        return FacetsInText.read(UUID.randomUUID(), declared, CROCUS, text, true, cleared);
    }

    private static KnownVsShared.Row row(KnownVsShared k, Facet facet) {
        return k.rows().stream().filter(r -> r.facet() == facet).findFirst().orElseThrow();
    }

    @Test
    void theCrocusWarningNamedTheVenueTheActorThePlaceAndTheWindowButNotTheMethod() {
        KnownVsShared k = read(CROCUS_FACETS, CROCUS_TEXT, true);

        assertThat(row(k, Facet.TARGET).foundInText()).contains("Crocus City Hall");
        assertThat(row(k, Facet.TARGET).foundInText()).anyMatch(s -> s.contains("synagogue in Moscow"));
        assertThat(row(k, Facet.ACTOR).foundInText()).containsExactly("Islamic State");
        assertThat(row(k, Facet.PLACE).foundInText()).contains("Krasnogorsk", "Moscow");
        assertThat(row(k, Facet.TIME).foundInText()).containsExactly("in the coming weeks");
        assertThat(row(k, Facet.METHOD).inText()).isFalse();
        assertThat(k.mismatched()).isFalse();
        assertThat(k.inText().score()).isEqualTo(90);
        assertThat(k.declared().score()).isEqualTo(90);
        assertThat(row(k, Facet.METHOD).withheldReason()).isEqualTo("would reveal how we know");
        assertThat(row(k, Facet.TIME).known()).isEqualTo("6 Mar 2024 00:00 – 31 Mar 2024 23:59 (Europe/Moscow)");
    }

    @Test
    void aFacetDeclaredSharedButAbsentFromTheTextIsFlaggedAndScoredAsAbsent() {
        KnownVsShared k = read(CROCUS_FACETS, "Extremists may attack large gatherings in Moscow.", true);

        assertThat(row(k, Facet.TARGET).flag()).isEqualTo(KnownVsShared.Flag.DECLARED_SHARED_BUT_ABSENT);
        assertThat(row(k, Facet.TIME).flag()).isEqualTo(KnownVsShared.Flag.DECLARED_SHARED_BUT_ABSENT);
        assertThat(row(k, Facet.ACTOR).flag()).isEqualTo(KnownVsShared.Flag.DECLARED_SHARED_BUT_ABSENT);
        assertThat(row(k, Facet.PLACE).flag()).isEqualTo(KnownVsShared.Flag.NONE);
        assertThat(k.inText().score()).isEqualTo(25);
        assertThat(k.declared().score()).isEqualTo(90);
    }

    @Test
    void aTargetNamedInTheTextThoughDeclaredWithheldIsFlaggedEvenInLookAlikeLetters() {
        Facets declared = facets(FacetStatus.SHARED, FacetStatus.WITHHELD, FacetStatus.SHARED, FacetStatus.SHARED,
                FacetStatus.WITHHELD);
        // Cyrillic С and о in "Crocus": the tearline check's reading sees through them.
        KnownVsShared k = read(declared, "An attack on the \u0421r\u043Ecus City Hall is planned for 22 March.", false);

        assertThat(row(k, Facet.TARGET).flag()).isEqualTo(KnownVsShared.Flag.DECLARED_WITHHELD_BUT_PRESENT);
        assertThat(row(k, Facet.TIME).foundInText()).containsExactly("22 March");
        assertThat(row(k, Facet.TARGET).withheldReason()).as("reasons only for the cleared").isNull();
    }

    @Test
    void theMethodCountsWhenMostOfItsWordsAreThere() {
        KnownVsShared k = read(CROCUS_FACETS, "They plan an armed assault on a crowded concert venue.", true);

        assertThat(row(k, Facet.METHOD).flag()).isEqualTo(KnownVsShared.Flag.DECLARED_WITHHELD_BUT_PRESENT);
    }

    @Test
    void timeIsFoundAsDatesDaysWindowsAndTimesOfDay() {
        assertThat(TimeMentions.in("Between 2024-03-22 and March 23rd, at 20:00 on Friday evening"))
                .containsExactly("2024-03-22", "March 23rd", "20:00", "Friday evening");
        assertThat(TimeMentions.in("over the next 48 hours")).containsExactly("over the next 48 hours");
        assertThat(TimeMentions.in("within two days, possibly tonight")).containsExactly("within two days", "tonight");
        assertThat(TimeMentions.in("an attack is imminent")).containsExactly("imminent");
        assertThat(TimeMentions.in("large gatherings in Moscow, including concerts")).isEmpty();
        assertThat(TimeMentions.in("the March 8 celebrations")).containsExactly("March 8");
    }
}
