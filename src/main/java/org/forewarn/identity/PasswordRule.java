package org.forewarn.identity;

/** Length over composition rules (NIST SP 800-63B). */
final class PasswordRule {

    static final String DESCRIPTION = "must be 12 to 256 characters long";

    private PasswordRule() {
    }

    static boolean acceptable(String password) {
        return password != null && password.length() >= 12 && password.length() <= 256 && !password.isBlank();
    }
}
