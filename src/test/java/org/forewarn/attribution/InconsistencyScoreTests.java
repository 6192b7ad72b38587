package org.forewarn.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forewarn.attribution.Consistency.C;
import static org.forewarn.attribution.Consistency.CC;
import static org.forewarn.attribution.Consistency.I;
import static org.forewarn.attribution.Consistency.II;
import static org.forewarn.attribution.Consistency.N;
import static org.forewarn.attribution.Consistency.NA;
import static org.forewarn.attribution.Weight.HIGH;
import static org.forewarn.attribution.Weight.LOW;
import static org.forewarn.attribution.Weight.MEDIUM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.forewarn.attribution.InconsistencyScore.Diagnosticity;
import org.forewarn.attribution.InconsistencyScore.HypothesisScore;
import org.forewarn.attribution.InconsistencyScore.Rating;
import org.forewarn.attribution.InconsistencyScore.Result;
import org.forewarn.attribution.InconsistencyScore.Row;
import org.junit.jupiter.api.Test;

class InconsistencyScoreTests {

    private static final List<String> H = List.of("H1", "H2", "H3");

    /**
     * The Crocus City Hall matrix (scenarios/crocus-2024, key {@code hypotheses}), worked by hand:
     *
     * <pre>
     *        cred   rel     weight          H1  H2  H3
     *   E1   HIGH   HIGH    1.414 × 1.414   C   N   N    no I: 0 for all
     *   E2   HIGH   MEDIUM  1.414 × 1       C   I   II   H2 1 × 1.414 = 1.414, H3 2 × 1.414 = 2.828
     *   E3   MEDIUM LOW     1 × 0.707       N   C   N    no I: 0 for all
     *   E4   HIGH   MEDIUM  1.414 × 1       C   I   I    H2 1.414, H3 1.414
     *
     *   H1 = 0
     *   H2 = 1.414 + 1.414 = 2.828
     *   H3 = 2.828 + 1.414 = 4.242        → H1 leads, then H2, then H3
     *
     *   diagnosticity: E1 and E3 carry no inconsistency anywhere: not diagnostic;
     *   E2 spread 2.828 − 0 = 2.828, E4 spread 1.414 − 0 = 1.414: diagnostic.
     * </pre>
     */
    private static Result crocus(Set<String> excluded) {
        List<Row> rows = List.of(
                new Row("E1", HIGH, HIGH, !excluded.contains("E1")),
                new Row("E2", HIGH, MEDIUM, !excluded.contains("E2")),
                new Row("E3", MEDIUM, LOW, !excluded.contains("E3")),
                new Row("E4", HIGH, MEDIUM, !excluded.contains("E4")));
        List<Rating> ratings = new ArrayList<>();
        rate(ratings, "E1", C, N, N);
        rate(ratings, "E2", C, I, II);
        rate(ratings, "E3", N, C, N);
        rate(ratings, "E4", C, I, I);
        return InconsistencyScore.score(H, rows, ratings);
    }

    private static void rate(List<Rating> ratings, String evidence, Consistency... cells) {
        for (int i = 0; i < cells.length; i++) {
            ratings.add(new Rating(H.get(i), evidence, cells[i]));
        }
    }

    @Test
    void theCrocusMatrixScoresAsWorkedByHandAndIslamicStateAloneLeads() {
        Result result = crocus(Set.of());

        assertThat(result.ranking()).extracting(HypothesisScore::hypothesis).containsExactly("H1", "H2", "H3");
        assertThat(result.of("H1").score()).isEqualByComparingTo("0");
        assertThat(result.of("H2").score()).isEqualByComparingTo("2.828");
        assertThat(result.of("H3").score()).isEqualByComparingTo("4.242");
        assertThat(result.ranking()).extracting(HypothesisScore::rank).containsExactly(1, 2, 3);
        assertThat(result.ranking()).noneMatch(HypothesisScore::tied);
        assertThat(result.leading()).containsExactly("H1");
    }

    @Test
    void evidenceConsistentWithEveryHypothesisIsNotDiagnostic() {
        Result result = crocus(Set.of());

        assertThat(result.row("E1").diagnosticity()).isEqualTo(Diagnosticity.NOT_DIAGNOSTIC);
        assertThat(result.row("E3").diagnosticity()).isEqualTo(Diagnosticity.NOT_DIAGNOSTIC);
        assertThat(result.row("E1").spread()).isEqualByComparingTo("0");
        assertThat(result.row("E2").diagnosticity()).isEqualTo(Diagnosticity.DIAGNOSTIC);
        assertThat(result.row("E2").spread()).isEqualByComparingTo("2.828");
        assertThat(result.row("E4").diagnosticity()).isEqualTo(Diagnosticity.DIAGNOSTIC);
        assertThat(result.row("E4").spread()).isEqualByComparingTo("1.414");
    }

    @Test
    void aRowRatedConsistentForAllOrTheSameForAllIsNotDiagnostic() {
        List<Row> rows = List.of(new Row("E1", HIGH, HIGH, true), new Row("E2", HIGH, HIGH, true),
                new Row("E3", HIGH, HIGH, true));
        List<Rating> ratings = new ArrayList<>();
        rate(ratings, "E1", C, C, C);
        rate(ratings, "E2", I, I, I);
        rate(ratings, "E3", CC, N, NA);

        Result result = InconsistencyScore.score(H, rows, ratings);

        assertThat(result.rows()).extracting(InconsistencyScore.RowResult::diagnosticity)
                .containsOnly(Diagnosticity.NOT_DIAGNOSTIC);
    }

    @Test
    void notApplicableCellsAreLeftOutOfDiagnosticity() {
        List<Row> rows = List.of(new Row("E1", MEDIUM, MEDIUM, true), new Row("E2", MEDIUM, MEDIUM, true));
        List<Rating> ratings = new ArrayList<>();
        rate(ratings, "E1", I, I, NA); // NA would count 0; it does not make the row tell H1 from H3
        rate(ratings, "E2", II, NA); // rated for H1 only, NA for H2, H3 unrated: nothing to compare

        Result result = InconsistencyScore.score(H, rows, ratings);

        assertThat(result.row("E1").diagnosticity()).isEqualTo(Diagnosticity.NOT_DIAGNOSTIC);
        assertThat(result.row("E2").diagnosticity()).isEqualTo(Diagnosticity.NOT_DIAGNOSTIC);
    }

    @Test
    void onlyInconsistencyCountsNotApplicableNeutralAndConsistentScoreNothing() {
        List<Row> rows = List.of(new Row("E1", HIGH, HIGH, true));
        List<String> five = List.of("H1", "H2", "H3", "H4", "H5");
        List<Rating> ratings = List.of(new Rating("H1", "E1", CC), new Rating("H2", "E1", C),
                new Rating("H3", "E1", N), new Rating("H4", "E1", NA)); // H5 unrated

        Result result = InconsistencyScore.score(five, rows, ratings);

        assertThat(result.ranking()).allSatisfy(h -> {
            assertThat(h.score()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(h.rank()).isEqualTo(1);
            assertThat(h.tied()).isTrue();
        });
        assertThat(result.leading()).containsExactlyElementsOf(five);
    }

    @Test
    void weightsMultiplyCredibilityAndRelevance() {
        List<Row> rows = List.of(new Row("E1", LOW, LOW, true), new Row("E2", LOW, HIGH, true));
        List<Rating> ratings = List.of(new Rating("H1", "E1", II), new Rating("H2", "E2", I));

        Result result = InconsistencyScore.score(List.of("H1", "H2"), rows, ratings);

        assertThat(result.of("H1").score()).isEqualByComparingTo("0.999698"); // 2 × 0.707 × 0.707
        assertThat(result.of("H2").score()).isEqualByComparingTo("0.999698"); // 1 × 0.707 × 1.414
        assertThat(result.of("H1").tied()).isTrue();
    }

    @Test
    void switchingARowOffChangesTheRanking() {
        // Without E2, H2 and H3 are both hit only by E4 (1.414 each): they tie for second place.
        Result withoutE2 = crocus(Set.of("E2"));

        assertThat(withoutE2.leading()).containsExactly("H1");
        assertThat(withoutE2.of("H2").score()).isEqualByComparingTo("1.414");
        assertThat(withoutE2.of("H3").score()).isEqualByComparingTo("1.414");
        assertThat(withoutE2.of("H2").rank()).isEqualTo(2);
        assertThat(withoutE2.of("H3").rank()).isEqualTo(2);
        assertThat(withoutE2.of("H2").tied()).isTrue();
        assertThat(withoutE2.row("E2").included()).isFalse();
        assertThat(withoutE2.row("E2").diagnosticity()).isEqualTo(Diagnosticity.DIAGNOSTIC);

        // Without E2 and E4 nothing tells the hypotheses apart: all three share the lead.
        Result withoutBoth = crocus(Set.of("E2", "E4"));
        assertThat(withoutBoth.leading()).containsExactly("H1", "H2", "H3");
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<Row> rows = List.of(new Row("E1", MEDIUM, MEDIUM, true));
        List<Rating> ratings = List.of(new Rating("H1", "E1", I), new Rating("H2", "E1", C),
                new Rating("H3", "E1", I));

        Result result = InconsistencyScore.score(H, rows, ratings);

        assertThat(result.ranking()).extracting(HypothesisScore::hypothesis).containsExactly("H2", "H1", "H3");
        assertThat(result.ranking()).extracting(HypothesisScore::rank).containsExactly(1, 2, 2);
        assertThat(result.ranking()).extracting(HypothesisScore::tied).containsExactly(false, true, true);
    }

    @Test
    void aRatingOfAnUnknownCellIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> InconsistencyScore.score(H, List.of(new Row("E1", LOW, LOW, true)),
                List.of(new Rating("H9", "E1", I)))).isInstanceOf(IllegalArgumentException.class);
    }
}
