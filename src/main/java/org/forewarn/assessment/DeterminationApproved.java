package org.forewarn.assessment;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.EventType;

/** @param warnBy the warning deadline, for an approved duty to warn */
@EventType("DeterminationApproved")
public record DeterminationApproved(UUID determinationId, UUID threatId, Outcome outcome,
                                    WaiverJustification waiverJustification, String approvedBy, String note,
                                    Instant warnBy) implements DeterminationEvent {
}
