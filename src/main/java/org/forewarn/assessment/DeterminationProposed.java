package org.forewarn.assessment;

import java.util.UUID;

public record DeterminationProposed(UUID determinationId, UUID threatId, Outcome outcome, boolean credible,
                                    boolean specific, String rationale, WaiverJustification waiverJustification,
                                    String proposedBy) implements DeterminationEvent {
}
