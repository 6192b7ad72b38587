package org.forewarn.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.recipient.RecipientKind;
import org.forewarn.shared.Stix;
import org.forewarn.shared.StixBundle;
import org.forewarn.shared.StixId;
import org.forewarn.threat.TargetKind;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A delivered warning as a STIX 2.1 bundle, for partners that speak STIX (docs/exchange.md):
 * <ul>
 * <li>a {@code report}: the warning's subject as name, the text as delivered as description, published
 * when it was delivered, confidence from the case's information credibility;</li>
 * <li>{@code identity} objects for us (the sender), the recipient, and each target if the target facet
 * is shared;</li>
 * <li>a {@code threat-actor} if the actor facet is shared, an {@code attack-pattern} if the method is;</li>
 * <li>{@code location} objects for the places if the place facet is shared;</li>
 * <li>{@code relationship}s: the actor {@code targets} each target and place, {@code uses} the method;
 * each target is {@code located-at} its place;</li>
 * <li>a {@code note} with the time window if the time facet is shared.</li>
 * </ul>
 * No indicators: a warning carries none. Every object is marked with the case's TLP 2.0 marking. Ids are
 * name-based on the warning and each object's role in it, so a later export gives the same objects.
 * Only releasable content is mapped ({@link ReleasableWarning}). Callers decide who may read it.
 */
@Service
public class WarningStix {

    private final Releasables releasables;

    WarningStix(Releasables releasables) {
        this.releasables = releasables;
    }

    /** The name a download of the warning's bundle is saved under. */
    public static String fileName(UUID warningId) {
        return "forewarn-warning-" + warningId + ".stix.json";
    }

    /**
     * The warning's bundle.
     *
     * @throws org.forewarn.shared.DomainException 409 {@code warning-not-delivered} before it is delivered;
     *                                             422 {@code protected-content} if its text now reveals
     *                                             what the case protects
     */
    public JsonNode bundle(UUID warningId) {
        return new Build(releasables.of(warningId), releasables.organization()).run();
    }

    /** The id of a warning's report: the same in every export of it. */
    public static String reportId(UUID warningId) {
        return StixId.of("report", "warning:" + warningId);
    }

    private static final class Build {

        private final ReleasableWarning w;
        private final String organization;
        private final StixBundle stix;
        private final String us;
        private final String prefix;

        Build(ReleasableWarning w, String organization) {
            this.w = w;
            this.organization = organization;
            this.stix = new StixBundle(w.tlp().label());
            this.us = Stix.ownIdentity(organization);
            this.prefix = "warning:" + w.id() + ":";
        }

        JsonNode run() {
            ObjectNode own = stix.object("identity", us, Stix.OWN_IDENTITY_CREATED, null, null);
            own.put("name", organization);
            own.put("identity_class", "organization");
            stix.add(own);
            addRecipient();
            String actor = w.actor() == null ? null : addActor();
            List<ReleasableWarning.Place> places = new ArrayList<>();
            for (ReleasableWarning.Place place : w.places()) {
                if (addPlace(place) != null) {
                    places.add(place);
                }
            }
            for (ReleasableWarning.Target target : w.targets()) {
                String identity = addTarget(target);
                if (actor != null) {
                    relationship("targets", actor, identity, "target:" + target.key());
                }
            }
            if (actor != null) {
                places.forEach(place -> relationship("targets", actor, id("location", "place:" + place.key()),
                        "place:" + place.key()));
            }
            if (w.method() != null) {
                String pattern = id("attack-pattern", "method");
                ObjectNode p = stix.object("attack-pattern", pattern, w.deliveredAt(), null, us);
                p.put("name", w.method());
                stix.add(p);
                if (actor != null) {
                    relationship("uses", actor, pattern, "method");
                }
            }
            if (w.window() != null) {
                addWindow();
            }
            addReport();
            return stix.bundle();
        }

        private void addRecipient() {
            if (w.recipient() == null) {
                return;
            }
            ReleasableWarning.Recipient r = w.recipient();
            ObjectNode i = stix.object("identity", StixId.of("identity", "recipient:" + r.id()), r.since(), null, us);
            i.put("name", r.name());
            i.put("identity_class", r.kind() == RecipientKind.PERSON ? "individual" : "organization");
            i.putArray("roles").add("warned");
            stix.add(i);
        }

        private String addActor() {
            String id = id("threat-actor", "actor");
            ObjectNode a = stix.object("threat-actor", id, w.deliveredAt(), null, us);
            a.put("name", w.actor());
            a.put("description", "Named in the warning as who intends the attack.");
            stix.add(a);
            return id;
        }

        private String addTarget(ReleasableWarning.Target target) {
            String id = id("identity", "target:" + target.key());
            ObjectNode i = stix.object("identity", id, w.deliveredAt(), null, us);
            i.put("name", target.name());
            i.put("identity_class", identityClass(target.kind()));
            i.putArray("roles").add("target");
            stix.add(i);
            if (target.place() != null && stix.has(id("location", "place:" + target.place().key()))) {
                relationship("located-at", id, id("location", "place:" + target.place().key()),
                        "located:" + target.key());
            }
            return id;
        }

        /**
         * A location needs a region, a country or a point (STIX 2.1, 4.10): a place known only by name (an
         * area without a polygon) is left to the report's text, which names it.
         */
        private String addPlace(ReleasableWarning.Place place) {
            if (!place.hasPoint() && place.country() == null) {
                return null;
            }
            String id = id("location", "place:" + place.key());
            ObjectNode l = stix.object("location", id, w.deliveredAt(), null, us);
            if (place.name() != null) {
                l.put("name", place.name());
            }
            if (place.hasPoint()) {
                l.put("latitude", place.lat());
                l.put("longitude", place.lon());
                if (place.precisionMetres() != null) {
                    l.put("precision", place.precisionMetres());
                }
            }
            if (place.country() != null) {
                l.put("country", place.country());
            }
            stix.add(l);
            return id;
        }

        private void addWindow() {
            ObjectNode n = stix.object("note", id("note", "window"), w.deliveredAt(), null, us);
            n.put("abstract", "When: the window of the threat");
            n.put("content", "From " + (w.window().from() == null ? "(not known)" : Stix.time(w.window().from()))
                    + " to " + (w.window().to() == null ? "(not known)" : Stix.time(w.window().to())) + ".");
            n.putArray("authors").add(organization);
            n.putArray("object_refs").add(reportId(w.id()));
            stix.add(n);
        }

        private void addReport() {
            ObjectNode r = stix.object("report", reportId(w.id()), w.deliveredAt(), null, us);
            r.put("name", w.subject());
            r.put("description", w.text());
            r.putArray("report_types").add("threat-report");
            r.put("published", Stix.time(w.deliveredAt()));
            Stix.confidenceOfInformationCredibility(w.informationCredibility()).ifPresent(v -> r.put("confidence", v));
            var labels = r.putArray("labels");
            labels.add("admiralty-scale:source-reliability=\"" + w.sourceReliability() + "\"");
            labels.add("admiralty-scale:information-credibility=\"" + w.informationCredibility() + "\"");
            var ref = r.putArray("external_references").addObject();
            ref.put("source_name", organization);
            ref.put("external_id", w.reference());
            ref.put("description", "The warning's reference: quote it when answering.");
            StixBundle.refs(r, "object_refs", stix.ids());
            stix.add(r);
        }

        private void relationship(String type, String source, String target, String role) {
            String id = id("relationship", type + ":" + role);
            ObjectNode r = stix.object("relationship", id, w.deliveredAt(), null, us);
            r.put("relationship_type", type);
            r.put("source_ref", source);
            r.put("target_ref", target);
            stix.add(r);
        }

        private String id(String type, String role) {
            return StixId.of(type, prefix + role);
        }

        private static String identityClass(TargetKind kind) {
            return switch (kind) {
                case PERSON -> "individual";
                case GROUP -> "group";
                case VENUE -> "organization";
                case EVENT, OTHER -> "unknown";
            };
        }
    }
}
