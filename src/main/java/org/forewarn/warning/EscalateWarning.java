package org.forewarn.warning;

import org.forewarn.shared.Violations;

/** What was done about a warning nobody answered, e.g. "raised with the ambassador". */
public record EscalateWarning(String note) {

    public EscalateWarning {
        Violations.check().notBlank(note, "note").maxLength(note, 10_000, "note").orThrow();
    }
}
