package org.forewarn.alert;

import java.util.function.BooleanSupplier;

/**
 * How a message goes out, decided before its text is looked at, so the answer cannot depend on it.
 *
 * <p>Checking an alert for a threat's protected content and telling the writer the result would let
 * a writer who is not cleared for the threat confirm a guessed term (one word refused, another
 * accepted). So such a writer's message is never checked in front of them: it always goes to a
 * cleared approver, who sees the findings and releases or returns it; the writer gets the same answer
 * whatever the text. A writer cleared for the threat learns nothing new from the check, and gets it
 * directly. Alerts not linked to a threat have nothing to check.
 */
final class ReleasePolicy {

    enum Route {
        /** Nothing to check: not linked to a threat, or no new text written (a cancel without a note). */
        PUBLISH,
        /** The writer is cleared for the threat: check, refuse naming what leaked, otherwise publish. */
        CHECK_AND_PUBLISH,
        /** The writer is not cleared: submit to a cleared approver's release, unchecked here. */
        RELEASE
    }

    private ReleasePolicy() {
    }

    /**
     * @param linkedToThreat whether the message is linked to a threat
     * @param newText        whether the writer wrote text for this message
     * @param writerCleared  whether the writer is cleared for the linked threat (asked only when linked)
     */
    static Route route(boolean linkedToThreat, boolean newText, BooleanSupplier writerCleared) {
        if (!linkedToThreat || !newText) {
            return Route.PUBLISH;
        }
        return writerCleared.getAsBoolean() ? Route.CHECK_AND_PUBLISH : Route.RELEASE;
    }
}
