package org.forewarn.assessment;

import java.time.Instant;
import java.util.UUID;

/** A threat's duty to warn, approved, with the deadline by which the warning must go out. */
public record ApprovedDuty(UUID determinationId, UUID threatId, Instant approvedAt, Instant warnBy) {
}
