package org.forewarn.assessment;

import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("DeterminationRejected")
public record DeterminationRejected(UUID determinationId, UUID threatId, Outcome outcome, String rejectedBy,
                                    String note) implements DeterminationEvent {
}
