package org.forewarn.attribution;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scoring policy of the competing-hypotheses matrix, after Heuer and the PARC ACH tool.
 *
 * <p><b>Score.</b> Only inconsistency counts: a hypothesis is weakened by evidence against it, never
 * proved by evidence that fits it (much evidence fits several hypotheses). Its score is the sum, over
 * the evidence rows switched on, of the cell's points (I = 1, II = 2; CC, C, N, NA and an unrated cell
 * 0) times the weight of the row's credibility times the weight of its relevance (LOW 0.707, MEDIUM 1,
 * HIGH 1.414). The least inconsistent hypothesis leads: ranks go up from 1 by score; equal scores share
 * a rank and are marked tied (the next rank skips, 1, 1, 3).
 *
 * <p><b>Diagnosticity.</b> A row is diagnostic when it tells the hypotheses apart, i.e. when it would
 * move one hypothesis's score relative to another's. Precisely: among the row's rated cells (those
 * rated, and not NA), at least two carry different inconsistency points. A row rated C, CC or N
 * throughout (consistent with everything), a row rated I for every hypothesis, a row rated for fewer
 * than two hypotheses: not diagnostic. Its numeric diagnosticity, {@code spread}, is the highest
 * weighted inconsistency among its rated cells minus the lowest (0 when not diagnostic). It is a
 * property of the row, given whether or not the row is switched on.
 *
 * <p>Pure: no Spring, no database, no clock. Hypotheses and evidence are named by their labels.
 */
public final class InconsistencyScore {

    private InconsistencyScore() {
    }

    /** An evidence row; {@code included} false switches it off (sensitivity analysis). */
    public record Row(String evidence, Weight credibility, Weight relevance, boolean included) {
        public Row {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(credibility, "credibility");
            Objects.requireNonNull(relevance, "relevance");
        }

        BigDecimal weight() {
            return credibility.factor().multiply(relevance.factor());
        }
    }

    /** One cell of the matrix. */
    public record Rating(String hypothesis, String evidence, Consistency consistency) {
        public Rating {
            Objects.requireNonNull(hypothesis, "hypothesis");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(consistency, "consistency");
        }
    }

    public enum Diagnosticity { DIAGNOSTIC, NOT_DIAGNOSTIC }

    /** @param spread highest minus lowest weighted inconsistency among the row's rated cells */
    public record RowResult(String evidence, boolean included, Diagnosticity diagnosticity, BigDecimal spread) {
    }

    /** @param tied whether another hypothesis has exactly the same score (and so the same rank) */
    public record HypothesisScore(String hypothesis, BigDecimal score, int rank, boolean tied) {
    }

    /** @param ranking least inconsistent first; hypotheses with equal scores in the order given */
    public record Result(List<HypothesisScore> ranking, List<RowResult> rows) {

        /** The hypotheses ranked first: one, or several when tied. */
        public List<String> leading() {
            return ranking.stream().filter(h -> h.rank() == 1).map(HypothesisScore::hypothesis).toList();
        }

        public HypothesisScore of(String hypothesis) {
            return ranking.stream().filter(h -> h.hypothesis().equals(hypothesis)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no hypothesis " + hypothesis));
        }

        public RowResult row(String evidence) {
            return rows.stream().filter(r -> r.evidence().equals(evidence)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no evidence " + evidence));
        }
    }

    /**
     * @param ratings at most one per cell (the current one); cells of unknown hypotheses or rows are
     *                refused, since they would silently count for nothing
     */
    public static Result score(List<String> hypotheses, List<Row> rows, List<Rating> ratings) {
        Set<String> known = new LinkedHashSet<>(hypotheses);
        Map<String, Row> rowsByLabel = new HashMap<>();
        rows.forEach(r -> rowsByLabel.put(r.evidence(), r));
        Map<String, Map<String, Consistency>> byRow = new HashMap<>();
        for (Rating rating : ratings) {
            if (!known.contains(rating.hypothesis()) || !rowsByLabel.containsKey(rating.evidence())) {
                throw new IllegalArgumentException("rating of an unknown cell " + rating);
            }
            if (byRow.computeIfAbsent(rating.evidence(), e -> new HashMap<>())
                    .put(rating.hypothesis(), rating.consistency()) != null) {
                throw new IllegalArgumentException("two ratings for one cell " + rating);
            }
        }

        Map<String, BigDecimal> scores = new HashMap<>();
        known.forEach(h -> scores.put(h, BigDecimal.ZERO));
        List<RowResult> rowResults = rows.stream().map(row -> {
            Map<String, Consistency> cells = byRow.getOrDefault(row.evidence(), Map.of());
            BigDecimal weight = row.weight();
            if (row.included()) {
                cells.forEach((h, c) -> scores.merge(h, weight.multiply(BigDecimal.valueOf(c.inconsistency())),
                        BigDecimal::add));
            }
            List<Integer> points = cells.values().stream().filter(Consistency::applies)
                    .map(Consistency::inconsistency).toList();
            int max = points.stream().max(Integer::compare).orElse(0);
            int min = points.stream().min(Integer::compare).orElse(0);
            BigDecimal spread = weight.multiply(BigDecimal.valueOf(max - min));
            return new RowResult(row.evidence(), row.included(),
                    max > min ? Diagnosticity.DIAGNOSTIC : Diagnosticity.NOT_DIAGNOSTIC,
                    max > min ? plain(spread) : BigDecimal.ZERO);
        }).toList();

        List<String> order = List.copyOf(known);
        List<HypothesisScore> ranking = order.stream()
                .sorted(Comparator.comparing(scores::get, BigDecimal::compareTo).thenComparing(order::indexOf))
                .map(h -> {
                    BigDecimal score = scores.get(h);
                    int rank = 1 + (int) order.stream().filter(o -> scores.get(o).compareTo(score) < 0).count();
                    boolean tied = order.stream().anyMatch(o -> !o.equals(h) && scores.get(o).compareTo(score) == 0);
                    return new HypothesisScore(h, plain(score), rank, tied);
                }).toList();
        return new Result(ranking, rowResults);
    }

    /** 2.828 rather than 2.828000, and 10 rather than 1E+1. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
