package org.forewarn.assessment;

import java.util.UUID;

public record DeterminationRejected(UUID determinationId, UUID threatId, Outcome outcome, String rejectedBy,
                                    String note) implements DeterminationEvent {
}
