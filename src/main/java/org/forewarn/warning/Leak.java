package org.forewarn.warning;

/**
 * Protected content found in a releasable text.
 *
 * @param kind  what was leaked
 * @param term  the protected item as recorded (a term, the method, a fragment of the source)
 * @param start where the leak starts in the text (UTF-16 index, inclusive)
 * @param end   where it ends (exclusive)
 * @param found the text as written, e.g. "Night-jar"
 */
public record Leak(Kind kind, String term, int start, int end, String found) {

    public enum Kind {
        PROTECTED_TERM, COLLECTION_METHOD, SOURCE_DESCRIPTION
    }

    String describe() {
        return switch (kind) {
            case PROTECTED_TERM -> "protected term '" + term + "'";
            case COLLECTION_METHOD -> "the collection method";
            case SOURCE_DESCRIPTION -> "a fragment of the source description ('" + term + "')";
        } + " as \"" + found + "\" at position " + start;
    }
}
