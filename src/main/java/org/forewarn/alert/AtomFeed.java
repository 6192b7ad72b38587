package org.forewarn.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An Atom (RFC 4287) feed of alert messages, each linking to its page and its CAP document. The
 * feed's own links follow the settings; each entry's come from its message's record.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String render(String title, String selfPath, List<PublicAlert> entries, Instant updated,
            AlertingProperties settings) {
        String base = settings.publicUrl();
        SafeXml xml = SafeXml.document("feed", NAMESPACE);
        xml.element("id", base + selfPath);
        xml.element("title", title);
        xml.element("updated", time(updated));
        link(xml, "self", "application/atom+xml", base + selfPath);
        link(xml, "alternate", "text/html", base + "/");
        xml.start("author").element("name", settings.feedTitle()).end();
        xml.element("generator", "Forewarn");
        for (PublicAlert a : entries) {
            xml.start("entry");
            xml.element("id", "urn:uuid:" + a.id());
            xml.element("title", a.headline());
            xml.element("updated", time(a.sent()));
            xml.element("published", time(a.sent()));
            xml.start("author").element("name", a.sender()).end();
            xml.empty("category", "term", "Security");
            link(xml, "alternate", "text/html", a.pageUrl(settings));
            link(xml, "alternate", "application/cap+xml", a.capUrl(settings));
            xml.element("summary", a.description());
            xml.end();
        }
        return xml.finish();
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void link(SafeXml xml, String rel, String type, String href) {
        xml.empty("link", "rel", rel, "type", type, "href", href);
    }
}
