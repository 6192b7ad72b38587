package org.forewarn.threat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;

/** What other modules may know of a threat: everything but its protected details. */
public record ThreatSummary(UUID id, String title, Set<HarmType> harmTypes, String actor, String method,
                            List<Target> targets, Area area, Instant windowFrom, Instant windowTo, Instant receivedAt,
                            Clearance classification, Set<String> compartments, Tlp tlp, boolean affectsGeneralPublic,
                            String timeZone, ThreatStatus status, Instant reportedAt, Instant closedAt,
                            List<Incident> incidents) {

    public boolean hasQualifyingHarm() {
        return harmTypes.stream().anyMatch(HarmType::qualifiesForDutyToWarn);
    }
}
