package org.forewarn.alert;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one CAP message stands. Moves only along the arrows below; anything else is refused.
 *
 * <pre>
 * DRAFT ─publish→ PUBLISHED ─a newer Update goes out→ SUPERSEDED
 *   │                 ▲     └─its Cancel goes out→ CANCELLED
 *   └─submit→ AWAITING_RELEASE ─release→ ┘
 *                    └─return→ RETURNED
 * </pre>
 *
 * A message whose writer is not cleared for the linked threat is submitted instead of published:
 * a cleared approver releases it or returns it. Updates and cancels are new messages that start
 * the same way (they are never stored as drafts).
 */
public enum AlertStatus {
    /** Being written; not public. */
    DRAFT,
    /** Written by someone not cleared for the linked threat: waits for a cleared approver's release; not public. */
    AWAITING_RELEASE,
    /** Sent back to the writer by the approver, with a note; never public. */
    RETURNED,
    /** Public, and the latest word of its series (or a published Cancel message). */
    PUBLISHED,
    /** Replaced by a newer Update. */
    SUPERSEDED,
    /** Withdrawn by a Cancel message. */
    CANCELLED;

    Set<AlertStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, AWAITING_RELEASE);
            case AWAITING_RELEASE -> EnumSet.of(PUBLISHED, RETURNED);
            case PUBLISHED -> EnumSet.of(SUPERSEDED, CANCELLED);
            case RETURNED, SUPERSEDED, CANCELLED -> EnumSet.noneOf(AlertStatus.class);
        };
    }

    boolean canMoveTo(AlertStatus target) {
        return next().contains(target);
    }

    /** Whether the message has gone out: it is in the archive, has a CAP document and a page. */
    boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED || this == CANCELLED;
    }

    /** The statuses of public messages, for queries. */
    static final String PUBLIC_SQL = "('PUBLISHED', 'SUPERSEDED', 'CANCELLED')";
}
