package org.forewarn.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The STIX 2.1 objects of one bundle, in the order added, one per id: adding an object again keeps the
 * first. Every object carries the common properties ({@code spec_version}, {@code created},
 * {@code modified}, {@code created_by_ref}) and the bundle's TLP 2.0 marking, whose definition is the
 * bundle's first object.
 */
public final class StixBundle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    private final String marking;

    /** @param tlpLabel the TLP 2.0 label every object is marked with, e.g. {@code TLP:AMBER} */
    public StixBundle(String tlpLabel) {
        this.marking = Stix.tlpMarking(tlpLabel);
        objects.put(marking, Stix.tlpMarkingDefinition(tlpLabel));
    }

    /**
     * A new object with the common properties; {@code modified} is {@code created} unless later.
     * Fill in its own properties, then {@link #add} it.
     */
    public ObjectNode object(String type, String id, Instant created, Instant modified, String createdBy) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        if (createdBy != null) {
            o.put("created_by_ref", createdBy);
        }
        Instant c = created.truncatedTo(ChronoUnit.MILLIS);
        Instant m = modified == null || modified.isBefore(created) ? c : modified.truncatedTo(ChronoUnit.MILLIS);
        o.put("created", Stix.time(c));
        o.put("modified", Stix.time(m));
        o.putArray("object_marking_refs").add(marking);
        return o;
    }

    public void add(ObjectNode object) {
        objects.putIfAbsent(object.get("id").asString(), object);
    }

    public boolean has(String id) {
        return objects.containsKey(id);
    }

    /** The ids of the objects added so far, the marking definition left out. */
    public List<String> ids() {
        return objects.keySet().stream().filter(id -> !id.equals(marking)).toList();
    }

    public static ArrayNode refs(ObjectNode into, String field, Collection<String> ids) {
        ArrayNode array = into.putArray(field);
        ids.forEach(array::add);
        return array;
    }

    /** The bundle: a fresh id each time, as STIX 2.1 has it (a bundle is a transport, not an object). */
    public JsonNode bundle() {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        ArrayNode array = bundle.putArray("objects");
        new ArrayList<>(objects.values()).forEach(array::add);
        return bundle;
    }

    public List<ObjectNode> ofType(String type) {
        return objects.values().stream().filter(o -> o.get("type").asString().equals(type)).toList();
    }
}
