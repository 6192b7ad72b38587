package org.forewarn.assessment;

import java.time.Instant;
import java.util.UUID;

public record DeterminationView(UUID id, UUID threatId, Outcome outcome, boolean credible, boolean specific,
                                String rationale, WaiverJustification waiverJustification, String waiverMeaning,
                                DeterminationState state, String proposedBy, Instant proposedAt, String decidedBy,
                                Instant decidedAt, String decisionNote, Instant warnBy) {
}
