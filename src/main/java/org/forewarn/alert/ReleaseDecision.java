package org.forewarn.alert;

import org.forewarn.shared.Violations;

/**
 * An approver's answer to a message awaiting release.
 *
 * @param decision RELEASE publishes it; RETURN sends it back to the writer
 * @param note     what the writer reads; required when returning. Never name protected content here:
 *                 the writer is not cleared for it (the note is checked like the alert)
 */
public record ReleaseDecision(Decision decision, String note) {

    public enum Decision {
        RELEASE, RETURN
    }

    public ReleaseDecision {
        note = note == null || note.isBlank() ? null : note.strip();
        Violations.check().notNull(decision, "decision").maxLength(note, 5000, "note")
                .require(decision != Decision.RETURN || note != null, "note",
                        "is required when returning: tell the writer what to change, in general terms")
                .orThrow();
    }
}
