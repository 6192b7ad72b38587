package org.forewarn.threat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.forewarn.identity.Clearance;

/**
 * A threat as shown to a user. {@code protectedDetails} is present only for users whose clearance
 * and compartments reach the threat's; for everyone else it is absent and {@code redacted} is true.
 */
public record ThreatView(UUID id, String title, String summary, Set<HarmType> harmTypes, String actor, String method,
                         List<Target> targets, Area area, Instant windowFrom, Instant windowTo, Instant receivedAt,
                         SourceReliability sourceReliability, int informationCredibility, AdmiraltyGrading grading,
                         Clearance classification, Set<String> compartments, Tlp tlp, boolean affectsGeneralPublic,
                         String timeZone, ThreatStatus status, String reportedBy, Instant reportedAt,
                         Instant closedAt, String closedBy, String closureReason, List<Incident> incidents,
                         boolean redacted,
                         @JsonInclude(JsonInclude.Include.NON_NULL) ProtectedDetails protectedDetails) {
}
