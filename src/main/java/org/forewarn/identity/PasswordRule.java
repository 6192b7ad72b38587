package org.forewarn.identity;

import org.forewarn.shared.TextCharacters;

/**
 * Length over composition rules (NIST SP 800-63B), counted in Unicode characters. No control
 * characters (not even tab or line breaks), no half of a UTF-16 surrogate pair and no
 * noncharacters: no keyboard produces them, and a broken pair would hash differently depending on
 * how a client encodes it. The console form is checked here; API strings are checked at the door too.
 */
final class PasswordRule {

    static final int MIN = 12;
    static final int MAX = 256;
    static final String DESCRIPTION = "must be " + MIN + " to " + MAX
            + " characters long, without control characters or broken (unpaired surrogate) characters";

    private PasswordRule() {
    }

    static boolean acceptable(String password) {
        if (password == null || password.isBlank() || !TextCharacters.acceptable(password)
                || password.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        int characters = password.codePointCount(0, password.length());
        return characters >= MIN && characters <= MAX;
    }
}
