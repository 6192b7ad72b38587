package org.forewarn.alerting;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders one message as a CAP 1.2 document (OASIS Common Alerting Protocol), element order as
 * the schema requires. Only public content goes in: never the threat, its sources or terms.
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
     * @param earlier the messages this one follows, oldest first (for {@code references})
     */
    static String render(PublicAlert a, List<PublicAlert> earlier, AlertingProperties settings) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("alert");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "identifier", identifier(a));
            element(xml, "sender", settings.capSender());
            element(xml, "sent", time(a.sent()));
            element(xml, "status", "Actual");
            element(xml, "msgType", a.msgType().cap());
            element(xml, "scope", "Public");
            if (a.msgType() == MsgType.CANCEL) {
                element(xml, "note", a.description());
            }
            if (!earlier.isEmpty()) {
                element(xml, "references", earlier.stream()
                        .map(e -> settings.capSender() + "," + identifier(e) + "," + time(e.sent()))
                        .collect(Collectors.joining(" ")));
            }
            info(xml, a, a.language(), a.event(), a.headline(), a.description(), a.instruction(), settings);
            for (Translation t : a.translations()) {
                info(xml, a, t.language(), t.event() != null ? t.event() : a.event(), t.headline(), t.description(),
                        t.instruction(), settings);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("CAP rendering failed", e);
        }
        return out.toString();
    }

    private static void info(XMLStreamWriter xml, PublicAlert a, String language, String event, String headline,
            String description, String instruction, AlertingProperties settings) throws XMLStreamException {
        xml.writeStartElement("info");
        element(xml, "language", language);
        element(xml, "category", "Security");
        element(xml, "event", event);
        element(xml, "urgency", a.urgency().cap());
        element(xml, "severity", a.severity().cap());
        element(xml, "certainty", a.certainty().cap());
        element(xml, "effective", time(a.effective()));
        element(xml, "expires", time(a.expires()));
        element(xml, "senderName", a.sender());
        element(xml, "headline", headline);
        element(xml, "description", description);
        element(xml, "instruction", instruction);
        element(xml, "web", settings.publicUrl() + "/alerts/" + a.id());
        if (a.assistance() != null && !a.assistance().isBlank()) {
            element(xml, "contact", a.assistance());
        }
        AlertArea area = a.area();
        xml.writeStartElement("area");
        element(xml, "areaDesc", area.description());
        if (area.polygon() != null) {
            element(xml, "polygon", area.polygon().stream().map(p -> number(p.get(0)) + "," + number(p.get(1)))
                    .collect(Collectors.joining(" ")));
        }
        if (area.circle() != null) {
            Circle c = area.circle();
            element(xml, "circle", number(c.lat()) + "," + number(c.lon()) + " " + number(c.radiusKm()));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
