package org.forewarn.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.forewarn.identity.Clearance;
import org.forewarn.threat.Area;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.ProtectedDetails;
import org.forewarn.threat.ReportThreat;
import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.Target;
import org.forewarn.threat.TargetKind;
import org.forewarn.threat.Tlp;

import tools.jackson.databind.json.JsonMapper;

/** The intake form as the browser sends it; {@link #toCommand()} makes the API's command of it. */
public class ThreatForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String title;
    private String summary;
    private List<HarmType> harmTypes = new ArrayList<>();
    private String actor;
    private String method;
    private List<TargetRow> targets = new ArrayList<>(List.of(new TargetRow(), new TargetRow(), new TargetRow()));
    private String areaDescription;
    /** The polygon drawn on the map, as JSON [[lat,lon],...]. */
    private String areaPolygon;
    private String windowFrom;
    private String windowTo;
    private String receivedAt;
    private SourceReliability sourceReliability;
    private Integer informationCredibility;
    private Clearance classification = Clearance.SECRET;
    private String compartments;
    private Tlp tlp = Tlp.AMBER;
    private boolean affectsGeneralPublic;
    private String sourceDescription;
    private String collectionMethod;
    private String protectedTerms;
    private String timeZone = "UTC";
    /** The partner's report this threat is made from, when it is (intake). */
    private java.util.UUID fromReporting;

    public static class TargetRow {
        private String name;
        private TargetKind kind = TargetKind.VENUE;
        private String place;
        private Double lat;
        private Double lon;
        private String country;

        boolean blank() {
            return (name == null || name.isBlank()) && (place == null || place.isBlank()) && lat == null;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public TargetKind getKind() { return kind; }
        public void setKind(TargetKind kind) { this.kind = kind; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public Double getLat() { return lat; }
        public void setLat(Double lat) { this.lat = lat; }
        public Double getLon() { return lon; }
        public void setLon(Double lon) { this.lon = lon; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
    }

    ReportThreat toCommand() {
        String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        List<Target> chosen = new ArrayList<>();
        for (TargetRow row : targets) {
            if (!row.blank()) {
                chosen.add(new Target(row.name, row.kind, row.place, row.lat, row.lon, row.country));
            }
        }
        Area area = null;
        if (areaDescription != null && !areaDescription.isBlank()) {
            List<List<Double>> polygon = null;
            if (areaPolygon != null && !areaPolygon.isBlank()) {
                try {
                    polygon = JSON.readValue(areaPolygon, new tools.jackson.core.type.TypeReference<List<List<Double>>>() {
                    });
                } catch (tools.jackson.core.JacksonException e) {
                    throw org.forewarn.shared.InvalidInput.of("area", "the drawn area could not be read; draw it again");
                }
            }
            area = new Area(areaDescription, polygon);
        }
        Set<String> compartmentSet = new LinkedHashSet<>();
        if (compartments != null) {
            Arrays.stream(compartments.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(compartmentSet::add);
        }
        List<String> terms = protectedTerms == null ? List.of()
                : Arrays.stream(protectedTerms.split("[\\n,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReportThreat(title, summary, Set.copyOf(harmTypes), actor, method, chosen, area,
                Times.parse(windowFrom, zone, "windowFrom"), Times.parse(windowTo, zone, "windowTo"),
                Times.parse(receivedAt, zone, "receivedAt"), sourceReliability, informationCredibility, classification,
                compartmentSet, tlp, affectsGeneralPublic,
                new ProtectedDetails(blankToNull(sourceDescription), blankToNull(collectionMethod), terms), zone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<HarmType> getHarmTypes() { return harmTypes; }
    public void setHarmTypes(List<HarmType> harmTypes) { this.harmTypes = harmTypes; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public List<TargetRow> getTargets() { return targets; }
    public void setTargets(List<TargetRow> targets) { this.targets = targets; }
    public String getAreaDescription() { return areaDescription; }
    public void setAreaDescription(String areaDescription) { this.areaDescription = areaDescription; }
    public String getAreaPolygon() { return areaPolygon; }
    public void setAreaPolygon(String areaPolygon) { this.areaPolygon = areaPolygon; }
    public String getWindowFrom() { return windowFrom; }
    public void setWindowFrom(String windowFrom) { this.windowFrom = windowFrom; }
    public String getWindowTo() { return windowTo; }
    public void setWindowTo(String windowTo) { this.windowTo = windowTo; }
    public String getReceivedAt() { return receivedAt; }
    public void setReceivedAt(String receivedAt) { this.receivedAt = receivedAt; }
    public SourceReliability getSourceReliability() { return sourceReliability; }
    public void setSourceReliability(SourceReliability sourceReliability) { this.sourceReliability = sourceReliability; }
    public Integer getInformationCredibility() { return informationCredibility; }
    public void setInformationCredibility(Integer informationCredibility) { this.informationCredibility = informationCredibility; }
    public Clearance getClassification() { return classification; }
    public void setClassification(Clearance classification) { this.classification = classification; }
    public String getCompartments() { return compartments; }
    public void setCompartments(String compartments) { this.compartments = compartments; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public boolean isAffectsGeneralPublic() { return affectsGeneralPublic; }
    public void setAffectsGeneralPublic(boolean affectsGeneralPublic) { this.affectsGeneralPublic = affectsGeneralPublic; }
    public String getSourceDescription() { return sourceDescription; }
    public void setSourceDescription(String sourceDescription) { this.sourceDescription = sourceDescription; }
    public String getCollectionMethod() { return collectionMethod; }
    public void setCollectionMethod(String collectionMethod) { this.collectionMethod = collectionMethod; }
    public String getProtectedTerms() { return protectedTerms; }
    public void setProtectedTerms(String protectedTerms) { this.protectedTerms = protectedTerms; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public java.util.UUID getFromReporting() { return fromReporting; }
    public void setFromReporting(java.util.UUID fromReporting) { this.fromReporting = fromReporting; }

    /** The form filled in as far as a partner's report says; the analyst completes the rest. */
    static ThreatForm from(java.util.UUID reportingId, org.forewarn.intake.ThreatPrefill prefill) {
        ThreatForm form = new ThreatForm();
        form.fromReporting = reportingId;
        form.title = prefill.title();
        form.summary = prefill.summary();
        form.actor = prefill.actor();
        form.receivedAt = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .withZone(java.time.ZoneId.of(form.timeZone)).format(prefill.receivedAt());
        form.sourceReliability = prefill.sourceReliability();
        form.informationCredibility = prefill.informationCredibility();
        form.tlp = prefill.tlp();
        return form;
    }
}
