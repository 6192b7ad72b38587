package org.forewarn.attribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attribution judgement and the matrix version it rests on: {@code basedOnMatrixAt}, and the
 * scores the matrix gave then.
 */
public record JudgementView(UUID id, UUID threatId, String statement, Likelihood likelihood, String likelihoodWords,
                            String likelihoodPercent, Instant basedOnMatrixAt, List<MatrixView.Ranked> scores,
                            String recordedBy, Instant recordedAt) {
}
