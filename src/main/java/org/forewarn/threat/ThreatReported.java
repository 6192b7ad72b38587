package org.forewarn.threat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.EventType;

/**
 * A threat entered the system. Carries no protected details: the audit log is read by people who
 * may not be cleared for them; it records only that they were given.
 */
@EventType("ThreatReported")
public record ThreatReported(UUID threatId, String title, Set<HarmType> harmTypes, Instant receivedAt,
                             String grading, Clearance classification, String tlp, boolean affectsGeneralPublic,
                             int targets, boolean protectedDetailsRecorded, int protectedTermCount)
        implements ThreatEvent {
}
