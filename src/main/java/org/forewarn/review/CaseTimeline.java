package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as one story, in the order things happened.
 *
 * @param timeZone the case's zone: the console shows every time in it
 */
public record CaseTimeline(UUID threatId, String title, String timeZone, List<Entry> entries, List<LeadTime> leadTimes) {

    /**
     * One thing that happened.
     *
     * @param kind  RECEIVED, REPORTED, DETERMINATION_PROPOSED, DETERMINATION_DECIDED, WARNING_DRAFTED, WARNING_APPROVED,
     *              WARNING_SENT, WARNING_DELIVERED, RESPONSE, NDS_OPENED, NDS_SATISFIED, PUBLIC_ALERT, INCIDENT, CLOSED
     * @param since      how long after the information was received
     * @param recordedAt when it was recorded, if that was later than it happened (a hand-over recorded
     *                   after the fact); absent otherwise
     */
    public record Entry(Instant at, String kind, String title, String detail, String actor, String link,
                        Duration since, Instant recordedAt) {
    }

    /** A span between two moments that matter, e.g. warning delivered to attack. */
    public record LeadTime(String label, Instant from, Instant to, Duration duration) {
    }
}
