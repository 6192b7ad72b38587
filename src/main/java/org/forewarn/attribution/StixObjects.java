package org.forewarn.attribution;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.forewarn.shared.Stix;
import org.forewarn.shared.StixBundle;
import org.forewarn.threat.Tlp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The STIX 2.1 objects of one case's bundle, marked with the case's TLP: see {@link StixBundle}. */
final class StixObjects {

    private final StixBundle objects;

    StixObjects(Tlp tlp) {
        this.objects = new StixBundle(tlp.label());
    }

    ObjectNode object(String type, String id, Instant created, Instant modified, String createdBy) {
        return objects.object(type, id, created, modified, createdBy);
    }

    void add(ObjectNode object) {
        objects.add(object);
    }

    boolean has(String id) {
        return objects.has(id);
    }

    static String time(Instant instant) {
        return Stix.time(instant);
    }

    static ArrayNode refs(ObjectNode into, String field, Collection<String> ids) {
        return StixBundle.refs(into, field, ids);
    }

    JsonNode bundle() {
        return objects.bundle();
    }

    List<ObjectNode> ofType(String type) {
        return objects.ofType(type);
    }
}
