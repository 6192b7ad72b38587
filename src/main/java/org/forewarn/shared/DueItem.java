package org.forewarn.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a person must act on now: an approval waiting, a deadline near or missed, a warning
 * nobody has answered.
 *
 * @param kind      what sort of item; it names the role that acts on it
 * @param summary   one line a person understands without opening the case
 * @param since     when the item started waiting (the queue is ordered by it, oldest first)
 * @param deadline  when it must be done, if there is a deadline
 * @param overdue   whether the deadline has passed
 * @param link      the API resource to act on
 * @param threatId  the case it belongs to
 * @param subjectId the determination, warning, ... it is about
 * @param assignee  the username of the one person it waits for (a corrective action's point of contact),
 *                  whatever their role; null when it waits for whoever holds the kind's role
 */
public record DueItem(DueKind kind, String summary, Instant since, Instant deadline, boolean overdue, String link,
                      UUID threatId, UUID subjectId, String assignee) {

    public DueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
    }

    /** An item for whoever holds the kind's role. */
    public DueItem(DueKind kind, String summary, Instant since, Instant deadline, boolean overdue, String link,
            UUID threatId, UUID subjectId) {
        this(kind, summary, since, deadline, overdue, link, threatId, subjectId, null);
    }

    /** The role that can act on it. */
    public String actionRole() {
        return kind.actionRole();
    }
}
