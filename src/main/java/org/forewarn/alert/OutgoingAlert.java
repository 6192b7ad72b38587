package org.forewarn.alert;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.forewarn.shared.ChannelType;

/**
 * A published alert as it goes out to enrolled people: where it applies, and its message rendered
 * for each channel in each language it has, each rendered once and then reused for everyone who
 * reads that language.
 */
public final class OutgoingAlert {

    private final PublicAlert alert;
    private final AlertingProperties settings;
    private final GeoArea area;
    private final Map<String, Rendered> byLanguage = new ConcurrentHashMap<>();

    OutgoingAlert(PublicAlert alert, AlertingProperties settings) {
        this.alert = alert;
        this.settings = settings;
        this.area = GeoArea.of(alert.area());
    }

    public UUID alertId() {
        return alert.id();
    }

    public UUID threatId() {
        return alert.threatId();
    }

    /** Who the alert is from, as people read it (an embassy, a ministry). */
    public String sender() {
        return alert.sender();
    }

    public GeoArea area() {
        return area;
    }

    /** The message for one channel in this language, or in the original language when it has no translation. */
    public Rendered in(String language) {
        return byLanguage.computeIfAbsent(language == null ? "" : language, l -> {
            AlertMessages.Text text = AlertMessages.text(alert, l);
            return new Rendered(AlertMessages.emailSubject(alert, text), AlertMessages.emailBody(alert, text, settings),
                    AlertMessages.sms(alert, text, settings), AlertMessages.webhookJson(alert, text, settings));
        });
    }

    /** One language's message, ready for each channel. */
    public record Rendered(String subject, String emailBody, String smsText, String webhookJson) {

        /** What a channel carries as its body: plain text for e-mail and SMS, the JSON document for a webhook. */
        public String body(ChannelType channel) {
            return switch (channel) {
                case EMAIL -> emailBody;
                case SMS -> smsText;
                case WEBHOOK -> webhookJson;
                case LIAISON, TAXII -> throw new IllegalArgumentException("A public alert goes out by e-mail, SMS or "
                        + "webhook, not by " + channel);
            };
        }
    }
}
