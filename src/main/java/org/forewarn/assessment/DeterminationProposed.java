package org.forewarn.assessment;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("DeterminationProposed")
public record DeterminationProposed(UUID determinationId, UUID threatId, Outcome outcome, boolean credible,
                                    boolean specific, String rationale, WaiverJustification waiverJustification,
                                    String proposedBy) implements DeterminationEvent {
}
