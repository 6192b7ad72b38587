package org.forewarn.attribution;

import org.forewarn.shared.Violations;

/** A hypothesis as an analyst states it: who did it, or what is going on. */
public record StateHypothesis(String text) {

    public static final int MAX_LENGTH = 2_000;

    public StateHypothesis {
        text = text == null ? null : text.strip();
        Violations.check().notBlank(text, "text").maxLength(text, MAX_LENGTH, "text").orThrow();
    }
}
