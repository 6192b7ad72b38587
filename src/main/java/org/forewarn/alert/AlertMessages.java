package org.forewarn.alert;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.forewarn.audit.CanonicalJson;

/**
 * What an enrolled person receives, in their language when the alert has it. Links come from the
 * message's record, so a message sent after a restart with other settings links where the first did.
 */
final class AlertMessages {

    private AlertMessages() {
    }

    /** The message text in a language: the matching translation if there is one, otherwise the original. */
    record Text(String language, String headline, String event, String description, String instruction) {
    }

    static Text text(PublicAlert alert, String language) {
        for (StoredTranslation t : alert.translations()) {
            if (sameLanguage(t.language(), language)) {
                return new Text(t.language(), t.headline(), t.event() != null ? t.event() : alert.event(),
                        t.description(), t.instruction());
            }
        }
        return new Text(alert.language(), alert.headline(), alert.event(), alert.description(), alert.instruction());
    }

    static boolean sameLanguage(String a, String b) {
        return Translation.sameLanguage(a, b);
    }

    static String webhookJson(PublicAlert alert, Text text, AlertingProperties settings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "forewarn.public-alert/v1");
        doc.put("alertId", alert.id());
        doc.put("identifier", CapDocument.identifier(alert));
        doc.put("msgType", alert.msgType().cap());
        doc.put("sender", alert.sender());
        doc.put("language", text.language());
        doc.put("headline", text.headline());
        doc.put("event", text.event());
        doc.put("description", text.description());
        doc.put("instruction", text.instruction());
        doc.put("area", alert.area().description());
        doc.put("effective", alert.effective());
        doc.put("expires", alert.expires());
        doc.put("severity", alert.severity().cap());
        doc.put("urgency", alert.urgency().cap());
        doc.put("web", alert.pageUrl(settings));
        doc.put("cap", alert.capUrl(settings));
        return CanonicalJson.write(doc);
    }

    static String sms(PublicAlert alert, Text text, AlertingProperties settings) {
        String body = alert.sender() + ": " + text.headline() + ". " + text.instruction();
        String link = " " + alert.pageUrl(settings);
        int room = 459 - link.length(); // three concatenated SMS segments
        return (body.length() > room ? body.substring(0, room - 1) + "\u2026" : body) + link;
    }

    static String emailSubject(PublicAlert alert, Text text) {
        return alert.sender() + ": " + text.headline();
    }

    static String emailBody(PublicAlert alert, Text text, AlertingProperties settings) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z")
                .withZone(ZoneId.of(alert.timeZone()));
        return text.headline() + "\n\n"
                + "Location: " + alert.area().description() + "\n\n"
                + "Event: " + text.description() + "\n\n"
                + "Actions to take:\n" + text.instruction() + "\n\n"
                + (alert.assistance() != null ? "Assistance: " + alert.assistance() + "\n\n" : "")
                + "Valid until " + format.format(alert.expires()) + ".\n"
                + alert.pageUrl(settings) + "\n";
    }
}
