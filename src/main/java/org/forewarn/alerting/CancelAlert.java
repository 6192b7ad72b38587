package org.forewarn.alerting;

import org.forewarn.shared.Violations;

/** Withdrawing an alert; the note tells the public why ("The threat has passed"). */
public record CancelAlert(String note) {

    public CancelAlert {
        Violations.check().maxLength(note, 5000, "note").orThrow();
    }
}
