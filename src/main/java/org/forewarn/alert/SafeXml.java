package org.forewarn.alert;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document that every reader can parse, whatever the stored text holds. XML 1.0
 * cannot carry most C0 control characters (U+0000–U+001F except tab, line feed and carriage
 * return), U+FFFE, U+FFFF or a lone surrogate, and escaping does not help: one such character
 * makes the whole document unreadable. Input checks refuse them at the door, but a public
 * document must stay readable even for data written by an older version or directly in SQL, so
 * every text and attribute value goes through {@link #clean(String)}, which puts U+FFFD (the
 * replacement character) where such a character was.
 */
final class SafeXml {

    static final char REPLACEMENT = '\uFFFD';

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    private SafeXml() {
        try {
            // The JDK's own writer, without a service lookup on every document (a fifth of a feed's rendering).
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No XML writer available", e);
        }
    }

    /** Starts a UTF-8 document whose root element is in the given default namespace. */
    static SafeXml document(String root, String namespace) {
        SafeXml doc = new SafeXml();
        doc.run(() -> {
            doc.xml.writeStartDocument("UTF-8", "1.0");
            doc.xml.writeStartElement(root);
            doc.xml.writeDefaultNamespace(namespace);
        });
        return doc;
    }

    SafeXml start(String name) {
        run(() -> xml.writeStartElement(name));
        return this;
    }

    SafeXml end() {
        run(xml::writeEndElement);
        return this;
    }

    /** An element holding text. */
    SafeXml element(String name, String text) {
        run(() -> {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
        return this;
    }

    /** An empty element with attributes given as name, value, name, value, ... */
    SafeXml empty(String name, String... attributes) {
        run(() -> {
            xml.writeEmptyElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
        });
        return this;
    }

    /** Closes every open element and returns the document. */
    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return out.toString();
    }

    /** The text with every character XML 1.0 cannot carry replaced by U+FFFD; null stays null. */
    static String clean(String text) {
        if (text == null || allowed(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            b.appendCodePoint(allowed(cp) ? cp : REPLACEMENT);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static boolean allowed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** XML 1.0 production [2] Char (a lone surrogate comes out of codePointAt as itself, and is not one). */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML rendering failed", e);
        }
    }
}
