package org.forewarn.attribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attribution judgement and the matrix version it rests on: {@code basedOnMatrixAt}, and the
 * scores the matrix gave then.
 *
 * @param hypothesis the hypothesis whose likelihood it states, if it names one
 */
public record JudgementView(UUID id, UUID threatId, String statement, Likelihood likelihood, String likelihoodWords,
                            String likelihoodPercent, Judged hypothesis, Instant basedOnMatrixAt,
                            List<MatrixView.Ranked> scores,
                            String recordedBy, Instant recordedAt) {

    /** The hypothesis judged, by id and label, and who would be responsible if it held. */
    public record Judged(UUID id, String label, String subject) {
    }
}
