package org.forewarn.review;

import org.forewarn.shared.Violations;

/**
 * A request to draft a statement of record about a delivered warning.
 *
 * @param text the statement as the approver wrote it; absent (or blank), Forewarn drafts it from what the
 *             delivered text contains
 */
public record DraftStatement(String text) {

    public static final int MAX_LENGTH = 20_000;

    public DraftStatement {
        text = text == null || text.isBlank() ? null : text.strip();
        Violations.check().maxLength(text, MAX_LENGTH, "text").text(text, "text").orThrow();
    }

    public static DraftStatement generated() {
        return new DraftStatement(null);
    }
}
