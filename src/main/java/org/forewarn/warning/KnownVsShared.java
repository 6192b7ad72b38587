package org.forewarn.warning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * For one warning, facet by facet: what the service knew when it was sent, what the warning
 * declared it shared, and what its text (the delivered text, once there is a receipt) actually
 * contains, found by the same reading of the text the tearline check uses.
 *
 * @param text          the text examined: the receipt's, once delivered; the draft's before
 * @param fromReceipt   whether {@code text} is the one a signed receipt proves was delivered
 * @param knownAt       when what is in the "known" column was on record (the threat's intake)
 * @param declared      the specificity the analyst declared, from the facets marked SHARED
 * @param inText        the specificity computed from the facets found in the text
 */
public record KnownVsShared(UUID warningId, String text, boolean fromReceipt, Instant knownAt, List<Row> rows,
                            Specificity declared, Specificity inText) {

    /** Whether any row's declaration and the text disagree. */
    public boolean mismatched() {
        return rows.stream().anyMatch(r -> r.flag() != Flag.NONE);
    }

    /** The rows where the text contains the facet. */
    public List<Row> found() {
        return rows.stream().filter(Row::inText).toList();
    }

    /**
     * One facet.
     *
     * @param known          what the service knew of it ("not known" when the threat does not say)
     * @param declared       SHARED or WITHHELD, as the warning declared it
     * @param withheldReason why it was withheld; only for a reader cleared for the case, absent otherwise
     * @param inText         whether the text contains it
     * @param foundInText    the words of the text that show it, as written ("Crocus City Hall", "in the coming weeks")
     * @param flag           where declaration and text disagree
     */
    public record Row(Facet facet, String known, FacetStatus declared, String withheldReason, boolean inText,
                      List<String> foundInText, Flag flag) {
    }

    public enum Flag {
        NONE("The text matches the declaration."),
        DECLARED_SHARED_BUT_ABSENT("Declared shared, but the text does not contain it."),
        DECLARED_WITHHELD_BUT_PRESENT("Declared withheld, but the text contains it.");

        private final String meaning;

        Flag(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }
}
