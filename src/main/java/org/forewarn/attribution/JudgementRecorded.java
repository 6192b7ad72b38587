package org.forewarn.attribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.EventType;

/** A judgement is releasable analysis (checked for protected content): the record holds its statement. */
@EventType("JudgementRecorded")
public record JudgementRecorded(UUID judgementId, UUID threatId, String statement, Likelihood likelihood,
                                String hypothesis, Instant basedOnMatrixAt, List<String> leading,
                                String recordedBy)
        implements AttributionEvent {

    @Override
    public String subjectType() {
        return "AttributionJudgement";
    }

    @Override
    public UUID subjectId() {
        return judgementId;
    }
}
