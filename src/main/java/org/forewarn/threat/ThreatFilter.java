package org.forewarn.threat;

import org.forewarn.shared.Violations;

/**
 * What a case officer narrows the threat list to; every part may be left out.
 *
 * @param text   words to find in the title, summary, actor, targets and places (web-search syntax:
 *               {@code "exact phrase"}, {@code or}, {@code -without})
 * @param status open or closed
 * @param harm   one of the harm types the threat names
 */
public record ThreatFilter(String text, ThreatStatus status, HarmType harm) {

    public static final ThreatFilter NONE = new ThreatFilter(null, null, null);

    public ThreatFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        Violations.check().maxLength(text, 200, "q").orThrow();
    }
}
