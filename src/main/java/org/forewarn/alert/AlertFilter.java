package org.forewarn.alert;

import org.forewarn.shared.Violations;

/**
 * What the alert list is narrowed to; every part may be left out.
 *
 * @param text   words to find in the headline, event, sender and area description (web-search syntax:
 *               {@code "exact phrase"}, {@code or}, {@code -without})
 * @param status where the message stands (DRAFT, PUBLISHED, ...)
 */
public record AlertFilter(String text, AlertStatus status) {

    public static final AlertFilter NONE = new AlertFilter(null, null);

    public AlertFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        Violations.check().maxLength(text, 200, "q").orThrow();
    }
}
