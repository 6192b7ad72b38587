package org.forewarn.review;

import org.forewarn.shared.Violations;

/** @param note what was done, for the record (required: an action closed without saying how proves nothing) */
public record CompleteCorrectiveAction(String note) {

    public CompleteCorrectiveAction {
        note = Texts.strip(note);
        Violations.check().notBlank(note, "note").maxLength(note, 5_000, "note").orThrow();
    }
}
