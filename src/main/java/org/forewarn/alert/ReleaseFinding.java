package org.forewarn.alert;

import java.util.List;

import org.forewarn.warning.Leak;

/**
 * Protected content of the linked threat found in one public field. Shown only to people cleared
 * for the threat: the cleared writer (as a refusal) and the cleared approver (in the release review).
 *
 * @param field the field as the writer knows it, e.g. {@code languages[0].headline} or {@code note}
 * @param text  the field's text; the leaks' positions point into it
 */
public record ReleaseFinding(String field, String text, List<Leak> leaks) {

    public ReleaseFinding {
        leaks = List.copyOf(leaks);
    }

    /** "description: protected term 'NIGHTJAR' as "Night-Jar" at 14" */
    String describe() {
        return field + ": " + String.join(", ", leaks.stream().map(l -> switch (l.kind()) {
            case PROTECTED_TERM -> "protected term '" + l.term() + "'";
            case COLLECTION_METHOD -> "the collection method";
            case SOURCE_DESCRIPTION -> "part of the source description ('" + l.term() + "')";
        } + " as \"" + l.found() + "\" at " + l.start()).toList());
    }
}
