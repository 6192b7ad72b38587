package org.forewarn.attribution;

import org.forewarn.shared.Violations;

/**
 * A hypothesis as an analyst states it: who did it, or what is going on.
 *
 * @param subject who would be responsible if it held ("Islamic State"), if it names anyone: an export
 *                states a judgement on the hypothesis as an attribution to them
 */
public record StateHypothesis(String text, String subject) {

    public static final int MAX_LENGTH = 2_000;

    public StateHypothesis {
        text = text == null ? null : text.strip();
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        Violations.check().notBlank(text, "text").maxLength(text, MAX_LENGTH, "text")
                .maxLength(subject, 300, "subject").orThrow();
    }

    public StateHypothesis(String text) {
        this(text, null);
    }
}
