package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTests {

    @Test
    void twelveToTwoHundredFiftySixCharacters() {
        assertThat(PasswordRule.acceptable("eleven-char")).isFalse();
        assertThat(PasswordRule.acceptable("twelve-chars")).isTrue();
        assertThat(PasswordRule.acceptable("x".repeat(256))).isTrue();
        assertThat(PasswordRule.acceptable("x".repeat(257))).isFalse();
        assertThat(PasswordRule.acceptable(" ".repeat(20))).isFalse();
        assertThat(PasswordRule.acceptable(null)).isFalse();
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        String emoji = "\uD83D\uDD12"; // one character, two UTF-16 units
        assertThat(PasswordRule.acceptable(emoji.repeat(6))).as("6 characters").isFalse();
        assertThat(PasswordRule.acceptable(emoji.repeat(12))).isTrue();
    }

    @Test
    void loneSurrogatesAreRefused() {
        assertThat(PasswordRule.acceptable("correct-horse\uD83D")).isFalse();
        assertThat(PasswordRule.acceptable("\uDD12correct-horse")).isFalse();
        assertThat(PasswordRule.acceptable("correct\uDD12\uD83Dhorse")).isFalse();
    }

    @Test
    void controlCharactersAreRefusedEvenTabsAndLineBreaks() {
        for (String control : new String[] {"\u0000", "\u0007", "\t", "\n", "\r", "\u001B", "\u007F", "\u0085",
                "\u009F"}) {
            assertThat(PasswordRule.acceptable("correct-horse" + control + "battery"))
                    .as("U+%04X", (int) control.charAt(0)).isFalse();
        }
        assertThat(PasswordRule.acceptable("correct-horse\uFFFEbattery")).as("noncharacter").isFalse();
    }

    @Test
    void anyOtherUnicodeIsWelcome() {
        assertThat(PasswordRule.acceptable("Пароль с пробелами и ß")).isTrue();
    }
}
