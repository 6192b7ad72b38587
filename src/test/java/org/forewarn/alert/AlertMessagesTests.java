package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertMessagesTests {

    @Test
    void languagesMatchOnTheirPrimaryTag() {
        assertThat(AlertMessages.sameLanguage("ru", "ru-RU")).isTrue();
        assertThat(AlertMessages.sameLanguage("en-US", "en")).isTrue();
        assertThat(AlertMessages.sameLanguage("en", "ru")).isFalse();
    }

    @Test
    void actionsAreOnePerSentenceOrLine() {
        assertThat(PublicAlertController.actions("Avoid large gatherings. Monitor local media! Be aware?"))
                .containsExactly("Avoid large gatherings.", "Monitor local media!", "Be aware?");
        assertThat(PublicAlertController.actions("- Stay home\n- Call +7 495 728-5000. Ask for duty officer"))
                .containsExactly("Stay home", "Call +7 495 728-5000. Ask for duty officer");
    }
}
