package org.forewarn.attribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.attribution.InconsistencyScore.Diagnosticity;

/**
 * The matrix of a case as it stood at {@code asOf}, with the rows in {@code excluded} switched off:
 * the hypotheses, the evidence rows (protected ones redacted for this reader, their ratings still
 * counted), the current rating of each cell, and the scores.
 *
 * @param leading the least inconsistent hypotheses' labels: one, or several when tied
 */
public record MatrixView(UUID threatId, Instant asOf, List<String> excluded, List<HypothesisView> hypotheses,
                         List<Row> evidence, List<Cell> cells, List<Ranked> ranking, List<String> leading) {

    /** An evidence row and how much it tells the hypotheses apart (see {@link InconsistencyScore}). */
    public record Row(EvidenceView evidence, boolean included, Diagnosticity diagnosticity, BigDecimal spread) {
    }

    public record Cell(UUID hypothesisId, UUID evidenceId, Consistency rating, String ratedBy, Instant ratedAt) {
    }

    /** @param tied another hypothesis has the same score and rank */
    public record Ranked(UUID hypothesisId, String label, BigDecimal score, int rank, boolean tied) {
    }
}
