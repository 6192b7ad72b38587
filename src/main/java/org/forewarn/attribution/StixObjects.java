package org.forewarn.attribution;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.threat.Tlp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The STIX 2.1 objects of one bundle, in the order added, one per id: adding an object again keeps the
 * first. Every object carries the common properties ({@code spec_version}, {@code created},
 * {@code modified}, {@code created_by_ref}) and the bundle's TLP 2.0 marking.
 */
final class StixObjects {

    /** TLP 2.0 in STIX: the extension definition and its five marking definitions (FIRST / OASIS). */
    static final String TLP_2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    private static final Map<Tlp, String> TLP_MARKINGS = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    private static final Instant TLP_2_PUBLISHED = Instant.parse("2022-10-01T00:00:00Z");

    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    private final String marking;

    StixObjects(Tlp tlp) {
        this.marking = TLP_MARKINGS.get(tlp);
        ObjectNode definition = JSON.createObjectNode();
        definition.put("type", "marking-definition");
        definition.put("spec_version", "2.1");
        definition.put("id", marking);
        definition.put("created", time(TLP_2_PUBLISHED));
        definition.put("name", tlp.label());
        ObjectNode extension = definition.putObject("extensions").putObject(TLP_2_EXTENSION);
        extension.put("extension_type", "property-extension");
        extension.put("tlp_2_0", tlp.label().substring("TLP:".length()).toLowerCase(java.util.Locale.ROOT));
        objects.put(marking, definition);
    }

    /**
     * A new object with the common properties; {@code modified} is {@code created} unless later.
     * Fill in its own properties, then {@link #add} it.
     */
    ObjectNode object(String type, String id, Instant created, Instant modified, String createdBy) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        if (createdBy != null) {
            o.put("created_by_ref", createdBy);
        }
        Instant c = created.truncatedTo(ChronoUnit.MILLIS);
        Instant m = modified == null || modified.isBefore(created) ? c : modified.truncatedTo(ChronoUnit.MILLIS);
        o.put("created", time(c));
        o.put("modified", time(m));
        o.putArray("object_marking_refs").add(marking);
        return o;
    }

    void add(ObjectNode object) {
        objects.putIfAbsent(object.get("id").asString(), object);
    }

    boolean has(String id) {
        return objects.containsKey(id);
    }

    static String time(Instant instant) {
        return STIX_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static ArrayNode refs(ObjectNode into, String field, Collection<String> ids) {
        ArrayNode array = into.putArray(field);
        ids.forEach(array::add);
        return array;
    }

    /** The bundle: a fresh id each time, as STIX 2.1 has it (a bundle is a transport, not an object). */
    JsonNode bundle() {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + java.util.UUID.randomUUID());
        ArrayNode array = bundle.putArray("objects");
        new ArrayList<>(objects.values()).forEach(array::add);
        return bundle;
    }

    List<ObjectNode> ofType(String type) {
        return objects.values().stream().filter(o -> o.get("type").asString().equals(type)).toList();
    }
}
