package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** One cell rated (or rated again): labels and the rating only, never the evidence's text. */
@EventType("ConsistencyRated")
public record ConsistencyRated(UUID hypothesisId, UUID evidenceId, UUID threatId, String hypothesis,
                               String evidence, Consistency rating, String ratedBy) implements AttributionEvent {

    @Override
    public String subjectType() {
        return "Hypothesis";
    }

    @Override
    public UUID subjectId() {
        return hypothesisId;
    }
}
