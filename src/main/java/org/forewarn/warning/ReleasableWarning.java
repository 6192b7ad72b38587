package org.forewarn.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.forewarn.recipient.RecipientKind;
import org.forewarn.recipient.RecipientView;
import org.forewarn.shared.DomainException;
import org.forewarn.threat.AdmiraltyGrading;
import org.forewarn.threat.Area;
import org.forewarn.threat.TargetKind;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Tlp;

/**
 * What of a delivered warning may leave for a partner, and nothing else: the text as delivered, and the
 * case's values of the facets the warning declared shared, each checked again for the case's protected
 * content as it stands now (a value that reveals it is left out and counted). Withheld facets, the
 * reasons for withholding them, protected details and the case's sources never enter.
 *
 * @param text     the text the signed receipt proves was delivered
 * @param recipient who was warned; null if its name now reveals protected content
 * @param actor    who intends the attack, if the actor facet is shared; else null
 * @param method   how, if the method facet is shared; else null
 * @param targets  who or what is targeted, if the target facet is shared; each with its place if the
 *                 place facet is shared too
 * @param places   where, if the place facet is shared: the targets' places and the case's area
 * @param window   when, if the time facet is shared; else null
 * @param withheld how many values of shared facets were left out because they reveal protected content
 */
record ReleasableWarning(UUID id, String reference, String subject, String text, Instant deliveredAt, Tlp tlp,
                         AdmiraltyGrading grading, Recipient recipient, String actor, String method,
                         List<Target> targets, List<Place> places, Window window, int withheld) {

    /** The warned recipient; {@code since} is when it was entered in the directory. */
    record Recipient(UUID id, String name, RecipientKind kind, String country, Instant since) {
    }

    /** A target by name; {@code place} is null unless the place facet is shared and the case says where. */
    record Target(String key, String name, TargetKind kind, Place place) {
    }

    /**
     * A place: a name, a point (with how far around it, in metres, for an area) and a country, as far as
     * the case says.
     */
    record Place(String key, String name, Double lat, Double lon, Double precisionMetres, String country) {

        boolean hasPoint() {
            return lat != null && lon != null;
        }
    }

    record Window(Instant from, Instant to) {
    }

    /** The information credibility digit of the grading (1-6). */
    int informationCredibility() {
        return grading.code().charAt(1) - '0';
    }

    /** The source reliability letter of the grading, lower case (a-f), as MISP's Admiralty tags write it. */
    String sourceReliability() {
        return grading.code().substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /**
     * @param delivered  the text as delivered
     * @param releasable whether a text reveals none of the case's protected content as it stands now
     */
    static ReleasableWarning of(Warning w, String subject, String delivered, ThreatSummary threat,
            AdmiraltyGrading grading, RecipientView recipient, Predicate<String> releasable) {
        // A warning sent on a channel the recipient fetches from (TAXII) is exported before it is delivered:
        // the export is what it fetches.
        boolean fetched = w.state() == WarningState.SENT && w.channelType() == org.forewarn.shared.ChannelType.TAXII;
        if (!w.state().delivered() && !fetched) {
            throw DomainException.conflict("warning-not-delivered", "Warning " + WarningMessages.reference(w)
                    + " is " + w.state() + ": only a delivered warning can be exported, as it was delivered. "
                    + "Export it once it is delivered.");
        }
        if (!releasable.test(delivered)) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "protected-content", "The text of warning "
                    + WarningMessages.reference(w) + " as delivered reveals what the case protects now (a term "
                    + "protected after it was delivered); it is not exported. Ask an approver to review it.");
        }
        Counter withheld = new Counter(releasable);
        Facets facets = w.facets();
        boolean placeShared = facets.status(Facet.PLACE) == FacetStatus.SHARED;
        Map<String, Place> places = new LinkedHashMap<>();
        List<Target> targets = new ArrayList<>();
        for (org.forewarn.threat.Target t : threat.targets()) {
            boolean saysWhere = t.place() != null || t.lat() != null || t.country() != null;
            Place place = placeShared && saysWhere && withheld.keep(t.place()) ? targetPlace(t) : null;
            if (place != null) {
                places.putIfAbsent(place.key(), place);
            }
            if (facets.status(Facet.TARGET) == FacetStatus.SHARED && withheld.keep(t.name())) {
                targets.add(new Target(key(t.name()), t.name(), t.kind(), place));
            }
        }
        if (placeShared && threat.area() != null && withheld.keep(threat.area().description())) {
            Place area = areaPlace(threat.area());
            places.putIfAbsent(area.key(), area);
        }
        String actor = facets.status(Facet.ACTOR) == FacetStatus.SHARED && threat.actor() != null
                && withheld.keep(threat.actor()) ? threat.actor() : null;
        String method = facets.status(Facet.METHOD) == FacetStatus.SHARED && threat.method() != null
                && withheld.keep(threat.method()) ? threat.method() : null;
        Window window = facets.status(Facet.TIME) == FacetStatus.SHARED
                && (threat.windowFrom() != null || threat.windowTo() != null)
                ? new Window(threat.windowFrom(), threat.windowTo()) : null;
        Recipient to = recipient != null && withheld.keep(recipient.name())
                ? new Recipient(recipient.id(), recipient.name(), recipient.kind(), recipient.country(),
                recipient.createdAt()) : null;
        return new ReleasableWarning(w.id(), WarningMessages.reference(w), subject, delivered,
                w.deliveredAt() != null ? w.deliveredAt() : w.sentAt(),
                threat.tlp(), grading, to, actor, method, List.copyOf(targets), List.copyOf(places.values()), window,
                withheld.count);
    }

    /** Keyed by what it says of the place only: never by the target's name, which may be withheld. */
    private static Place targetPlace(org.forewarn.threat.Target t) {
        String key = (t.place() == null ? "" : key(t.place())) + (t.lat() == null ? "" : "@" + t.lat() + "," + t.lon())
                + (t.place() == null && t.lat() == null ? "country:" + t.country() : "");
        return new Place(key, t.place(), t.lat(), t.lon(), null, t.country());
    }

    /** The area: its description and, when it has a polygon, the centre of its corners and how far they reach. */
    private static Place areaPlace(Area area) {
        if (area.polygon() == null) {
            return new Place(key(area.description()), area.description(), null, null, null, null);
        }
        List<List<Double>> corners = area.polygon().subList(0, area.polygon().size() - 1); // ring: last = first
        double lat = corners.stream().mapToDouble(p -> p.get(0)).average().orElseThrow();
        double lon = corners.stream().mapToDouble(p -> p.get(1)).average().orElseThrow();
        double reach = corners.stream().mapToDouble(p -> metres(lat, lon, p.get(0), p.get(1))).max().orElseThrow();
        return new Place(key(area.description()), area.description(), round(lat), round(lon), Math.ceil(reach), null);
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** A name as a stable part of an id: case and spacing do not make a new object. */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Checks texts and counts those left out. */
    private static final class Counter {

        private final Predicate<String> releasable;
        private int count;

        Counter(Predicate<String> releasable) {
            this.releasable = releasable;
        }

        /** True for no text or a releasable one; a text that reveals protected content is counted. */
        boolean keep(String text) {
            if (text == null || releasable.test(text)) {
                return true;
            }
            count++;
            return false;
        }
    }
}
