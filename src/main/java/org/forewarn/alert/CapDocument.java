package org.forewarn.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders one message as a CAP 1.2 document (OASIS Common Alerting Protocol), element order as
 * the schema requires. Only public content goes in: never the threat, its sources or terms. The
 * document is rendered once, when the message is published, and kept as its record.
 *
 * <p>A message that follows national profiles ({@link CapProfile}) also gets what each one adds:
 * its {@code <code>}, its {@code <eventCode>}, the {@code <event>} its event list prescribes, no
 * {@code <effective>} on a Cancel where a profile forbids it, and times with the local offset of
 * the alert's time zone. A message without profiles is written exactly as before profiles existed.
 * The signature IPAWS asks for is added afterwards ({@link CapDocuments}).
 */
final class CapDocument {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP forbids "Z"; UTC is written "-00:00" as the specification asks. */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'-00:00'")
            .withZone(ZoneOffset.UTC);
    /** With the zone's own offset ("-05:00"; "+00:00" where the zone's offset is zero: known, not unknown). */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapDocument() {
    }

    static String identifier(PublicAlert a) {
        return "urn:forewarn:alert:" + a.id();
    }

    static String time(Instant instant) {
        return CAP_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A time as this message writes it: in UTC, or — when it follows national profiles, which
     * ask for the time zone of the area — with the offset of its time zone.
     */
    static String time(PublicAlert message, Instant instant) {
        if (message.profiles().isEmpty()) {
            return time(instant);
        }
        return LOCAL_TIME.withZone(ZoneId.of(message.timeZone())).format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param earlier  the messages this one follows, oldest first (for {@code references}, each with
     *                 the sender it was published under)
     * @param settings only for what a message has no record of (a preview)
     */
    static String render(PublicAlert a, List<PublicAlert> earlier, AlertingProperties settings) {
        List<ProfileRules> profiles = a.profiles().stream().map(CapProfile::rules).toList();
        SafeXml xml = SafeXml.document("alert", NAMESPACE);
        xml.element("identifier", identifier(a));
        xml.element("sender", a.capSender(settings));
        xml.element("sent", time(a, a.sent()));
        xml.element("status", "Actual");
        xml.element("msgType", a.msgType().cap());
        xml.element("scope", "Public");
        for (ProfileRules profile : profiles) {
            xml.element("code", profile.code());
        }
        if (a.msgType() == MsgType.CANCEL) {
            xml.element("note", a.description());
        }
        if (!earlier.isEmpty()) {
            xml.element("references", earlier.stream()
                    .map(e -> e.capSender(settings) + "," + identifier(e) + "," + time(e, e.sent()))
                    .collect(Collectors.joining(" ")));
        }
        Optional<String> prescribed = prescribedEvent(a, profiles);
        info(xml, a, profiles, a.language(), prescribed.orElse(a.event()), a.headline(), a.description(),
                a.instruction(), settings);
        for (StoredTranslation t : a.translations()) {
            info(xml, a, profiles, t.language(), prescribed.orElse(t.event() != null ? t.event() : a.event()),
                    t.headline(), t.description(), t.instruction(), settings);
        }
        return xml.finish();
    }

    /** The event text a profile's event list prescribes (CAP-AU's AUeventLIST), the same in every info block. */
    private static Optional<String> prescribedEvent(PublicAlert a, List<ProfileRules> profiles) {
        if (a.eventKind() == null) {
            return Optional.empty();
        }
        return profiles.stream().flatMap(p -> p.event(a.eventKind()).stream()).findFirst();
    }

    private static void info(SafeXml xml, PublicAlert a, List<ProfileRules> profiles, String language, String event,
            String headline, String description, String instruction, AlertingProperties settings) {
        xml.start("info");
        xml.element("language", language);
        xml.element("category", "Security");
        xml.element("event", event);
        xml.element("urgency", a.urgency().cap());
        xml.element("severity", a.severity().cap());
        xml.element("certainty", a.certainty().cap());
        if (a.eventKind() != null) {
            for (ProfileRules profile : profiles) {
                pair(xml, "eventCode", profile.eventCode(a.eventKind()));
            }
        }
        if (a.msgType() != MsgType.CANCEL || profiles.stream().allMatch(ProfileRules::allowsEffectiveOnCancel)) {
            xml.element("effective", time(a, a.effective()));
        }
        xml.element("expires", time(a, a.expires()));
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
        area.geocodes().forEach((name, value) -> pair(xml, "geocode", new CapValue(name, value)));
        xml.end();
        xml.end();
    }

    private static void pair(SafeXml xml, String element, CapValue pair) {
        xml.start(element);
        xml.element("valueName", pair.valueName());
        xml.element("value", pair.value());
        xml.end();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
