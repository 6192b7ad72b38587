package org.forewarn.review;

import java.util.Set;

/**
 * Where a corrective action stands. An open action is either completed or cancelled, once; this
 * table of moves is the only one.
 */
public enum ActionStatus {
    OPEN, COMPLETED, CANCELLED;

    /** The statuses an action in this one may move to. */
    public Set<ActionStatus> next() {
        return this == OPEN ? Set.of(COMPLETED, CANCELLED) : Set.of();
    }

    public boolean canMoveTo(ActionStatus target) {
        return next().contains(target);
    }
}
