package org.forewarn.shared;

import java.util.Optional;

/**
 * Which characters a text field may hold. Everything Forewarn stores can end up in XML (CAP,
 * Atom), HTML, e-mail or a signed receipt, so text is refused at the door if it holds a character
 * those cannot carry or that has no place in human writing: NUL and the other C0 controls except
 * tab, line feed and carriage return; DEL and the C1 controls; unpaired UTF-16 surrogates; and
 * the noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two of every plane).
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** What is wrong with the text, said so that a person can fix it, or empty if nothing is. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if (isNoncharacter(cp)) {
                    return Optional.of(describe(cp, i, "a Unicode noncharacter"));
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(describe(c, i, "half of a UTF-16 surrogate pair (malformed text)"));
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(describe(c, i, c == 0 ? "a NUL character" : "a control character"));
            }
            if (c >= 0x7F && c <= 0x9F) {
                return Optional.of(describe(c, i, "a control character"));
            }
            if (isNoncharacter(c)) {
                return Optional.of(describe(c, i, "a Unicode noncharacter"));
            }
            i++;
        }
        return Optional.empty();
    }

    public static boolean acceptable(String text) {
        return problem(text).isEmpty();
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String describe(int cp, int index, String what) {
        return "contains " + what + " (U+" + String.format("%04X", cp) + ") at position " + index
                + "; remove it, text may hold letters, digits, punctuation, spaces, tabs and line breaks";
    }
}
