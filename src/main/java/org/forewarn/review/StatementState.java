package org.forewarn.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a statement of record stands. A second approver decides a draft once; a rejected statement
 * stays on record as rejected, and a new one is drafted in its place.
 *
 * <pre>
 * DRAFT ─approve→ APPROVED
 *   └──reject→ REJECTED
 * </pre>
 */
public enum StatementState {
    DRAFT, APPROVED, REJECTED;

    Set<StatementState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED, REJECTED -> EnumSet.noneOf(StatementState.class);
        };
    }

    boolean canMoveTo(StatementState target) {
        return next().contains(target);
    }
}
