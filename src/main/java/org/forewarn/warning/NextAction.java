package org.forewarn.warning;

/**
 * What a person can do to a warning next, as the API lists it in {@code nextActions}. Each action
 * but one is a move of {@link WarningState}'s table and is offered exactly when the table allows
 * that move; the other moves (delivered, failed, no response) happen to a warning, nobody makes them.
 */
public enum NextAction {
    APPROVE(WarningState.APPROVED),
    REJECT(WarningState.REJECTED),
    SEND(WarningState.SENT),
    ESCALATE(WarningState.ESCALATED),
    ACKNOWLEDGE(WarningState.ACKNOWLEDGED),
    /** A later answer (action taken, dispute): not a move; offered once the warning has reached its recipient. */
    RECORD_RESPONSE(null);

    private final WarningState target;

    NextAction(WarningState target) {
        this.target = target;
    }

    /** The state the action moves a warning to, or {@code null} if it moves none. */
    WarningState target() {
        return target;
    }
}
