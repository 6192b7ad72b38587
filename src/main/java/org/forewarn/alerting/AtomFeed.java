package org.forewarn.alerting;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An Atom (RFC 4287) feed of alert messages, each linking to its page and its CAP document. */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String render(String title, String selfPath, List<PublicAlert> entries, Instant updated,
            AlertingProperties settings) {
        String base = settings.publicUrl();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", base + selfPath);
            element(xml, "title", title);
            element(xml, "updated", time(updated));
            link(xml, "self", "application/atom+xml", base + selfPath);
            link(xml, "alternate", "text/html", base + "/");
            xml.writeStartElement("author");
            element(xml, "name", settings.feedTitle());
            xml.writeEndElement();
            element(xml, "generator", "Forewarn");
            for (PublicAlert a : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + a.id());
                element(xml, "title", a.headline());
                element(xml, "updated", time(a.sent()));
                element(xml, "published", time(a.sent()));
                xml.writeStartElement("author");
                element(xml, "name", a.sender());
                xml.writeEndElement();
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", "Security");
                link(xml, "alternate", "text/html", base + "/alerts/" + a.id());
                link(xml, "alternate", "application/cap+xml", base + "/alerts/" + a.id() + ".cap");
                element(xml, "summary", a.description());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom rendering failed", e);
        }
        return out.toString();
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
