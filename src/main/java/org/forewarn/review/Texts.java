package org.forewarn.review;

import java.util.List;
import java.util.Map;

import org.forewarn.shared.DomainException;

/** Small helpers the review's commands share. */
final class Texts {

    private Texts() {
    }

    /** Surrounding blanks off; a blank text is no text. */
    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A 422 that names the field it is about, in the same {@code errors[]} shape as a 400. */
    static DomainException ruleOnField(String type, String field, String message) {
        return new DomainException(DomainException.Kind.RULE_VIOLATION, type, field + ": " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
