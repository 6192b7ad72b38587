package org.forewarn.warning;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a warning stands. Moves only along the arrows below; anything else is refused.
 *
 * <pre>
 * DRAFT ─approve→ APPROVED ─send→ SENT ─delivered→ DELIVERED ─acknowledge→ ACKNOWLEDGED
 *   │  └─reject→ REJECTED           │                 └─no answer in time→ NO_RESPONSE ─escalate→ ESCALATED
 *   └─send (ally/partner only)→ SENT └─failed→ FAILED ─send again→ SENT      (both can still be acknowledged)
 * </pre>
 */
public enum WarningState {
    DRAFT, APPROVED, REJECTED, SENT, DELIVERED, ACKNOWLEDGED, NO_RESPONSE, ESCALATED, FAILED;

    Set<WarningState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED, REJECTED, SENT);
            case APPROVED -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(DELIVERED, FAILED);
            case FAILED -> EnumSet.of(SENT);
            case DELIVERED -> EnumSet.of(ACKNOWLEDGED, NO_RESPONSE);
            case NO_RESPONSE -> EnumSet.of(ESCALATED, ACKNOWLEDGED);
            case ESCALATED -> EnumSet.of(ACKNOWLEDGED);
            case REJECTED, ACKNOWLEDGED -> EnumSet.noneOf(WarningState.class);
        };
    }

    boolean canMoveTo(WarningState target) {
        return next().contains(target);
    }

    /** What a person may do from here: the moves above that people make, and recording an answer once delivered. */
    Set<NextAction> actions() {
        Set<NextAction> actions = EnumSet.noneOf(NextAction.class);
        for (NextAction action : NextAction.values()) {
            if (action.target() != null ? canMoveTo(action.target()) : delivered()) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Whether the warning has reached its recipient. */
    boolean delivered() {
        return this == DELIVERED || this == ACKNOWLEDGED || this == NO_RESPONSE || this == ESCALATED;
    }
}
