package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as one story, in the order things happened, read off the audit chain (the record that
 * cannot change without the change being detected).
 *
 * @param timeZone the case's zone: the console shows every time in it
 */
public record CaseTimeline(UUID threatId, String title, String timeZone, List<Entry> entries, List<LeadTime> leadTimes) {

    /** What sort of thing happened, in the order of the workflow, which is how same-moment entries read. */
    public enum Kind {
        RECEIVED, REPORTED, DETERMINATION_PROPOSED, DETERMINATION_DECIDED, WARNING_DRAFTED, WARNING_APPROVED,
        WARNING_SENT, NDS_OPENED, WARNING_DELIVERED, RESPONSE,
        /** A third party's claim, attribution, denial or statement about our warning (attribution), when made. */
        CLAIM,
        /** Competing hypotheses: a hypothesis stated, evidence added, an attribution judgement. */
        ANALYSIS,
        /** A delivery failed, an answer did not come in time, an unanswered warning was escalated. */
        FOLLOW_UP, PUBLIC_ALERT, NDS_SATISFIED, INCIDENT, CLOSED,
        /** The after-action review: findings, corrective actions, statements of record. */
        REVIEW
    }

    /**
     * One thing that happened.
     *
     * @param since      how long after the information was received
     * @param recordedAt when it was recorded, if that was later than it happened (a hand-over recorded
     *                   after the fact); absent otherwise
     */
    public record Entry(Instant at, Kind kind, String title, String detail, String actor, String link,
                        Duration since, Instant recordedAt) {
    }

    /** A span between two moments that matter, e.g. warning delivered to attack. */
    public record LeadTime(String label, Instant from, Instant to, Duration duration) {
    }
}
