package org.forewarn.alert;

import org.forewarn.shared.Violations;

/** Withdrawing an alert; the note tells the public why ("The threat has passed"). */
public record CancelAlert(String note) {

    public CancelAlert {
        note = note == null || note.isBlank() ? null : note.strip();
        Violations.check().maxLength(note, 5000, "note").orThrow();
    }
}
