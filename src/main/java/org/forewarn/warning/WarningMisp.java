package org.forewarn.warning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.forewarn.shared.Stix;
import org.forewarn.shared.StixId;
import org.forewarn.threat.TargetKind;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A delivered warning as a MISP event in the MISP core format, as MISP's feed importer reads it
 * (one Event object), and the feed's index entries for it: its {@code manifest.json} entry and its
 * {@code hashes.csv} lines (docs/exchange.md). Grading and marking are MISP taxonomy tags: the case's
 * TLP ({@code tlp:amber}) and its Admiralty code ({@code admiralty-scale:source-reliability="b"},
 * {@code admiralty-scale:information-credibility="2"}). Attributes: the text as delivered, and the values
 * of the facets the warning shares (actor, targets, places, method, window). Uuids are name-based on the
 * warning, so a later export is the same event. Only releasable content is mapped
 * ({@link ReleasableWarning}). Callers decide who may read it.
 */
@Service
public class WarningMisp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A threat to life is MISP's highest threat level (1 high, 2 medium, 3 low, 4 undefined). */
    static final String THREAT_LEVEL_HIGH = "1";
    /** The warning as delivered is final: analysis complete (0 initial, 1 ongoing, 2 complete). */
    static final String ANALYSIS_COMPLETE = "2";

    private final Releasables releasables;

    WarningMisp(Releasables releasables) {
        this.releasables = releasables;
    }

    /** The uuid of a warning's event: the same in every export of it, and its file name in a feed. */
    public static UUID eventUuid(UUID warningId) {
        return StixId.uuid5(StixId.NAMESPACE, "misp-event:warning:" + warningId);
    }

    /** The uuid of the organisation running Forewarn as a MISP organisation: the same in every event. */
    public static UUID organisationUuid(String organization) {
        return StixId.uuid5(StixId.NAMESPACE, "misp-organisation:" + organization);
    }

    /**
     * The warning's event.
     *
     * @throws org.forewarn.shared.DomainException 409 {@code warning-not-delivered} before it is delivered;
     *                                             422 {@code protected-content} if its text now reveals
     *                                             what the case protects
     */
    public JsonNode event(UUID warningId) {
        return event(releasables.of(warningId), releasables.organization());
    }

    static JsonNode event(ReleasableWarning w, String organization) {
        String timestamp = Long.toString(w.deliveredAt().getEpochSecond());
        ObjectNode root = JSON.createObjectNode();
        ObjectNode e = root.putObject("Event");
        e.put("uuid", eventUuid(w.id()).toString());
        e.put("info", info(w.subject()));
        e.put("date", w.deliveredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        e.put("timestamp", timestamp);
        e.put("publish_timestamp", timestamp);
        e.put("published", true);
        e.put("analysis", ANALYSIS_COMPLETE);
        e.put("threat_level_id", THREAT_LEVEL_HIGH);
        ObjectNode orgc = e.putObject("Orgc");
        orgc.put("name", organization);
        orgc.put("uuid", organisationUuid(organization).toString());
        ArrayNode tags = e.putArray("Tag");
        tags.addObject().put("name", "tlp:" + w.tlp().label().substring("TLP:".length()).toLowerCase(Locale.ROOT));
        tags.addObject().put("name", "admiralty-scale:source-reliability=\"" + w.sourceReliability() + "\"");
        tags.addObject().put("name", "admiralty-scale:information-credibility=\"" + w.informationCredibility() + "\"");
        Attributes attributes = new Attributes(e.putArray("Attribute"), w.id(), timestamp);
        attributes.add("text", "text", "Other", w.text(), "The warning as delivered (ref. " + w.reference() + ")");
        if (w.actor() != null) {
            attributes.add("actor", "threat-actor", "Attribution", w.actor(), "Who intends the attack");
        }
        for (ReleasableWarning.Target t : w.targets()) {
            boolean person = t.kind() == TargetKind.PERSON;
            attributes.add("target:" + t.key(), person ? "full-name" : "target-org",
                    person ? "Person" : "Targeting data",
                    t.name(), "Targeted (" + t.kind().name().toLowerCase(Locale.ROOT) + ")"
                            + (t.place() != null && t.place().name() != null ? ", at " + t.place().name() : ""));
        }
        for (ReleasableWarning.Place p : w.places()) {
            String value = p.name() != null ? p.name() : p.hasPoint() ? p.lat() + ", " + p.lon() : p.country();
            List<String> notes = new ArrayList<>();
            if (p.hasPoint()) {
                notes.add("lat " + p.lat() + ", lon " + p.lon()
                        + (p.precisionMetres() == null ? "" : " (within " + Math.round(p.precisionMetres()) + " m)"));
            }
            if (p.country() != null) {
                notes.add("country " + p.country());
            }
            attributes.add("place:" + p.key(), "target-location", "Targeting data", value,
                    "Where" + (notes.isEmpty() ? "" : ": " + String.join("; ", notes)));
        }
        if (w.method() != null) {
            attributes.add("method", "text", "Other", w.method(), "How the attack is expected to be carried out");
        }
        if (w.window() != null) {
            if (w.window().from() != null) {
                attributes.add("window:from", "datetime", "Other", Stix.time(w.window().from()),
                        "Threat window starts");
            }
            if (w.window().to() != null) {
                attributes.add("window:to", "datetime", "Other", Stix.time(w.window().to()), "Threat window ends");
            }
        }
        return root;
    }

    /** MISP's info is one line of at most 256 characters. */
    private static String info(String subject) {
        String line = subject.replaceAll("\\s+", " ").strip();
        return line.length() <= 256 ? line : line.substring(0, 255) + "\u2026";
    }

    /**
     * The event's entry in a feed's {@code manifest.json}: {@code {uuid: {info, date, timestamp, Orgc, Tag,
     * analysis, threat_level_id}}}, copied from the event (as PyMISP's {@code MISPEvent.manifest} has it).
     */
    public static ObjectNode manifestEntry(JsonNode event) {
        JsonNode e = event.get("Event");
        ObjectNode entry = JSON.createObjectNode();
        ObjectNode meta = entry.putObject(e.get("uuid").asString());
        for (String field : List.of("info", "date", "timestamp", "Orgc", "Tag", "analysis", "threat_level_id")) {
            meta.set(field, e.get(field).deepCopy());
        }
        return entry;
    }

    /**
     * The event's lines in a feed's {@code hashes.csv}: {@code md5(value),event uuid} for each attribute, a
     * composite value ({@code type} with a {@code |}) hashed part by part (as PyMISP's
     * {@code MISPAttribute.hash_values} does); MISP matches values against them without fetching events.
     */
    public static List<String> hashLines(JsonNode event) {
        JsonNode e = event.get("Event");
        String uuid = e.get("uuid").asString();
        List<String> lines = new ArrayList<>();
        for (JsonNode a : e.path("Attribute")) {
            String value = a.get("value").asString();
            boolean composite = a.get("type").asString().contains("|");
            List<String> parts = composite ? List.of(value.split("\\|", -1)) : List.of(value);
            parts.forEach(part -> lines.add(md5(part) + "," + uuid));
        }
        return lines;
    }

    static String md5(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** The event's attributes, each with a uuid named by the warning and its role. */
    private record Attributes(ArrayNode into, UUID warningId, String timestamp) {

        void add(String role, String type, String category, String value, String comment) {
            ObjectNode a = into.addObject();
            String name = "misp-attribute:warning:" + warningId + ":" + role;
            a.put("uuid", StixId.uuid5(StixId.NAMESPACE, name).toString());
            a.put("type", type);
            a.put("category", category);
            a.put("value", value);
            a.put("comment", comment);
            a.put("to_ids", false);
            a.put("distribution", "5");
            a.put("timestamp", timestamp);
        }
    }
}
