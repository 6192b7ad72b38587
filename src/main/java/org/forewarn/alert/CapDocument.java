package org.forewarn.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders one message as a CAP 1.2 document (OASIS Common Alerting Protocol), element order as
 * the schema requires. Only public content goes in: never the threat, its sources or terms. The
 * document is rendered once, when the message is published, and kept as its record.
 */
final class CapDocument {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP forbids "Z"; UTC is written "-00:00" as the specification asks. */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'-00:00'")
            .withZone(ZoneOffset.UTC);

    private CapDocument() {
    }

    static String identifier(PublicAlert a) {
        return "urn:forewarn:alert:" + a.id();
    }

    static String time(Instant instant) {
        return CAP_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param earlier  the messages this one follows, oldest first (for {@code references}, each with
     *                 the sender it was published under)
     * @param settings only for what a message has no record of (a preview)
     */
    static String render(PublicAlert a, List<PublicAlert> earlier, AlertingProperties settings) {
        SafeXml xml = SafeXml.document("alert", NAMESPACE);
        xml.element("identifier", identifier(a));
        xml.element("sender", a.capSender(settings));
        xml.element("sent", time(a.sent()));
        xml.element("status", "Actual");
        xml.element("msgType", a.msgType().cap());
        xml.element("scope", "Public");
        if (a.msgType() == MsgType.CANCEL) {
            xml.element("note", a.description());
        }
        if (!earlier.isEmpty()) {
            xml.element("references", earlier.stream()
                    .map(e -> e.capSender(settings) + "," + identifier(e) + "," + time(e.sent()))
                    .collect(Collectors.joining(" ")));
        }
        info(xml, a, a.language(), a.event(), a.headline(), a.description(), a.instruction(), settings);
        for (StoredTranslation t : a.translations()) {
            info(xml, a, t.language(), t.event() != null ? t.event() : a.event(), t.headline(), t.description(),
                    t.instruction(), settings);
        }
        return xml.finish();
    }

    private static void info(SafeXml xml, PublicAlert a, String language, String event, String headline,
            String description, String instruction, AlertingProperties settings) {
        xml.start("info");
        xml.element("language", language);
        xml.element("category", "Security");
        xml.element("event", event);
        xml.element("urgency", a.urgency().cap());
        xml.element("severity", a.severity().cap());
        xml.element("certainty", a.certainty().cap());
        xml.element("effective", time(a.effective()));
        xml.element("expires", time(a.expires()));
        xml.element("senderName", a.sender());
        xml.element("headline", headline);
        xml.element("description", description);
        xml.element("instruction", instruction);
        xml.element("web", a.pageUrl(settings));
        if (a.assistance() != null && !a.assistance().isBlank()) {
            xml.element("contact", a.assistance());
        }
        StoredArea area = a.area();
        xml.start("area");
        xml.element("areaDesc", area.description());
        if (area.polygon() != null) {
            xml.element("polygon", area.polygon().stream().map(p -> number(p.get(0)) + "," + number(p.get(1)))
                    .collect(Collectors.joining(" ")));
        }
        if (area.circle() != null) {
            Circle c = area.circle();
            xml.element("circle", number(c.lat()) + "," + number(c.lon()) + " " + number(c.radiusKm()));
        }
        xml.end();
        xml.end();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
