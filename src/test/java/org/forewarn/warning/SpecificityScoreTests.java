package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.warning.FacetStatus.SHARED;
import static org.forewarn.warning.FacetStatus.WITHHELD;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SpecificityScoreTests {

    @Test
    void everythingSharedScoresFullMarks() {
        Specificity s = SpecificityScore.of(new Facets(SHARED, SHARED, SHARED, SHARED, SHARED, Map.of()));

        assertThat(s.score()).isEqualTo(100);
        assertThat(s.level()).isEqualTo(Specificity.Level.HIGH);
        assertThat(s.withheld()).isEmpty();
    }

    @Test
    void crocusWarningIsHighDespiteWithholdingTheMethod() {
        Specificity s = SpecificityScore.of(new Facets(SHARED, SHARED, SHARED, SHARED, WITHHELD,
                Map.of("method", "protects the method")));

        assertThat(s.score()).isEqualTo(90);
        assertThat(s.level()).isEqualTo(Specificity.Level.HIGH);
        assertThat(s.explanation()).contains("withholds how");
    }

    @Test
    void withoutTargetAndPlaceAWarningIsTooGeneral() {
        Specificity s = SpecificityScore.of(new Facets(SHARED, WITHHELD, WITHHELD, SHARED, SHARED,
                Map.of("target", "x", "place", "y")));

        assertThat(s.score()).isEqualTo(45);
        assertThat(s.level()).isEqualTo(Specificity.Level.LOW);
        assertThat(s.explanation()).contains("too general", "who or what is targeted", "where");
    }

    @Test
    void middleScoresAreMedium() {
        Specificity s = SpecificityScore.of(new Facets(WITHHELD, SHARED, WITHHELD, SHARED, WITHHELD,
                Map.of("actor", "a", "place", "p", "method", "m")));

        assertThat(s.score()).isEqualTo(50);
        assertThat(s.level()).isEqualTo(Specificity.Level.MEDIUM);
    }
}
