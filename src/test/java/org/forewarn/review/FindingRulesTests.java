package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.nds.NdsStatus;
import org.forewarn.nds.NdsView;
import org.forewarn.review.AfterActionReport.Deadline;
import org.forewarn.review.AfterActionReport.DeadlineStatus;
import org.forewarn.review.AfterActionReport.Finding;
import org.junit.jupiter.api.Test;

/** The findings the rules draw from a record, on records made up for each rule. */
class FindingRulesTests {

    static final ReviewWords MOSCOW = new ReviewWords("Europe/Moscow");
    static final Instant WARNED = Instant.parse("2024-03-06T12:00:00Z");
    static final AfterActionReport.Chain VALID = new AfterActionReport.Chain(1, 9, 9, true, "valid", "h");

    private static List<Finding> draw(Optional<NdsView> nds, List<Deadline> deadlines, AfterActionReport.Chain chain) {
        return FindingRules.draw(ChainTimeline.of(List.of(), MOSCOW), List.of(), Map.of(), nds, deadlines, List.of(),
                chain, MOSCOW, Duration.ofHours(24));
    }

    private static NdsView satisfiedAfter(Duration wait) {
        return new NdsView(UUID.randomUUID(), NdsStatus.SATISFIED_BY_ALERT, WARNED, UUID.randomUUID(), "the FSB",
                WARNED.plus(wait), UUID.randomUUID(), null, null, wait);
    }

    @Test
    void aPublicAlertLaterThanTheServiceAimsForIsAnAreaForImprovementAndASoonerOneAStrength() {
        Finding late = draw(Optional.of(satisfiedAfter(Duration.ofHours(30))), List.of(), VALID).get(0);
        Finding soon = draw(Optional.of(satisfiedAfter(Duration.ofHours(20))), List.of(), VALID).get(0);

        assertThat(late.key()).isEqualTo("nds.delay");
        assertThat(late.kind()).isEqualTo(FindingKind.AREA_FOR_IMPROVEMENT);
        assertThat(late.title()).isEqualTo("Public alert 30 h after officials were warned");
        assertThat(late.detail()).contains("warned 6 Mar 2024 15:00 MSK", "later than the 24 h the service aims for");
        assertThat(soon.kind()).isEqualTo(FindingKind.STRENGTH);
    }

    @Test
    void aMissedDeadlineSaysByHowMuch() {
        Instant due = Instant.parse("2024-03-06T13:30:00Z");
        Duration late = Duration.ofHours(3).plusMinutes(10);
        Deadline missed = new Deadline("Warning deadline", due, due.plus(late), DeadlineStatus.MISSED, late.negated(),
                "sentence");

        Finding finding = draw(Optional.empty(), List.of(missed), VALID).get(0);

        assertThat(finding.key()).isEqualTo("deadline.missed");
        assertThat(finding.title()).isEqualTo("Deadline missed by 3 h 10 min");
        assertThat(finding.kind()).isEqualTo(FindingKind.AREA_FOR_IMPROVEMENT);
    }

    @Test
    void anOpenObligationAndABrokenChainAreAreasForImprovement() {
        NdsView open = new NdsView(UUID.randomUUID(), NdsStatus.OPEN, WARNED, UUID.randomUUID(), "the FSB", null, null,
                null, null, Duration.ofDays(2));
        AfterActionReport.Chain broken = new AfterActionReport.Chain(1, 9, 9, false, "Entry 5 was altered.", "h");

        List<Finding> findings = draw(Optional.of(open), List.of(), broken);

        assertThat(findings).extracting(Finding::key).containsExactly("nds.open", "audit-chain.invalid");
        assertThat(findings).allMatch(f -> f.kind() == FindingKind.AREA_FOR_IMPROVEMENT);
        assertThat(findings.get(1).detail()).isEqualTo("Entry 5 was altered.");
    }

    @Test
    void spansReadAsAPersonWritesThem() {
        assertThat(ReviewWords.span(Duration.ofHours(3).plusMinutes(10))).isEqualTo("3 h 10 min");
        assertThat(ReviewWords.span(Duration.ofHours(30))).isEqualTo("30 h");
        assertThat(ReviewWords.span(Duration.ofHours(389))).isEqualTo("16 days 5 h");
        assertThat(ReviewWords.span(Duration.ofMinutes(25))).isEqualTo("25 min");
        assertThat(ReviewWords.span(Duration.ofHours(-27).minusMinutes(10))).isEqualTo("27 h 10 min");
    }
}
