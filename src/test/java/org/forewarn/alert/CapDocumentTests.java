package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CAP document of a message without national profiles, byte for byte as it was before profiles existed. */
class CapDocumentTests {

    static final AlertingProperties SETTINGS = new AlertingProperties(Duration.ofHours(48), "forewarn@example.org",
            "https://alerts.example.org", "Security alerts");
    static final Instant EFFECTIVE = Instant.parse("2024-03-07T18:00:00Z");

    static DraftAlert embassyAlert() {
        return new DraftAlert("U.S. Embassy Moscow", "Security Alert: imminent plans to attack large gatherings",
                "Threat of terrorist attack", "Extremists have imminent plans to attack large gatherings in Moscow.",
                "Avoid large gatherings over the next 48 hours.", "U.S. Embassy Moscow, +7 (495) 728-5000",
                Severity.SEVERE, Urgency.IMMEDIATE, Certainty.LIKELY,
                new AlertArea("Moscow", List.of(List.of(55.49, 37.3), List.of(55.49, 37.95), List.of(55.96, 37.95)),
                        null),
                EFFECTIVE, EFFECTIVE.plus(Duration.ofHours(48)), "en-US",
                List.of(new Translation("ru", "Предупреждение", null, "Описание.", "Избегайте мероприятий.")),
                "Europe/Moscow", null, null, null);
    }

    /** Rendered by the version before national profiles (commit 3969846). */
    static final String BEFORE_PROFILES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>urn:forewarn:alert:ID</identifier><sender>forewarn@example.org</sender><sent>2024-03-07T18:01:30-00:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
                + "<info><language>en-US</language><category>Security</category><event>Threat of terrorist attack</event><urgency>Immediate</urgency><severity>Severe</severity><certainty>Likely</certainty><effective>2024-03-07T18:00:00-00:00</effective><expires>2024-03-09T18:00:00-00:00</expires><senderName>U.S. Embassy Moscow</senderName><headline>Security Alert: imminent plans to attack large gatherings</headline><description>Extremists have imminent plans to attack large gatherings in Moscow.</description><instruction>Avoid large gatherings over the next 48 hours.</instruction><web>https://alerts.example.org/alerts/ID</web><contact>U.S. Embassy Moscow, +7 (495) 728-5000</contact>"
                + "<area><areaDesc>Moscow</areaDesc><polygon>55.49,37.3 55.49,37.95 55.96,37.95 55.49,37.3</polygon></area></info>"
                + "<info><language>ru</language><category>Security</category><event>Threat of terrorist attack</event><urgency>Immediate</urgency><severity>Severe</severity><certainty>Likely</certainty><effective>2024-03-07T18:00:00-00:00</effective><expires>2024-03-09T18:00:00-00:00</expires><senderName>U.S. Embassy Moscow</senderName><headline>Предупреждение</headline><description>Описание.</description><instruction>Избегайте мероприятий.</instruction><web>https://alerts.example.org/alerts/ID</web><contact>U.S. Embassy Moscow, +7 (495) 728-5000</contact>"
                + "<area><areaDesc>Moscow</areaDesc><polygon>55.49,37.3 55.49,37.95 55.96,37.95 55.49,37.3</polygon></area></info>"
                + "</alert>";

    @Test
    void aMessageWithoutProfilesIsRenderedExactlyAsBefore() {
        PublicAlert alert = PublicAlert.draft(embassyAlert(), "consular", EFFECTIVE, Duration.ofHours(48));
        alert.previewAs(EFFECTIVE.plusSeconds(90));

        String cap = CapDocument.render(alert, List.of(), SETTINGS).replace(alert.id().toString(), "ID");

        assertThat(cap).isEqualTo(BEFORE_PROFILES);
    }
}
