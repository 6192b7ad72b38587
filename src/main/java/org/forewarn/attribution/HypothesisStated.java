package org.forewarn.attribution;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** A hypothesis is releasable analysis (it passed the check for protected content): the record holds its text. */
@EventType("HypothesisStated")
public record HypothesisStated(UUID hypothesisId, UUID threatId, String label, String text, String subject,
                               String statedBy)
        implements AttributionEvent {

    @Override
    public String subjectType() {
        return "Hypothesis";
    }

    @Override
    public UUID subjectId() {
        return hypothesisId;
    }
}
