package org.forewarn.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.alert.AlertArea;
import org.forewarn.alert.CapProfile;
import org.forewarn.alert.Certainty;
import org.forewarn.alert.Circle;
import org.forewarn.alert.DraftAlert;
import org.forewarn.alert.EventKind;
import org.forewarn.alert.Severity;
import org.forewarn.alert.Translation;
import org.forewarn.alert.Urgency;
import org.forewarn.shared.InvalidInput;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The public alert composer as the browser sends it. */
public class AlertForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String sender;
    private String headline;
    private String event;
    private String description;
    private String instruction;
    private String assistance;
    private Severity severity = Severity.SEVERE;
    private Urgency urgency = Urgency.IMMEDIATE;
    private Certainty certainty = Certainty.LIKELY;
    private String areaDescription;
    private String polygon;
    private Double circleLat;
    private Double circleLon;
    private Double radiusKm;
    private String expires;
    private String timeZone = "UTC";
    private UUID threatId;
    private String language2;
    private String headline2;
    private String description2;
    private String instruction2;
    private List<CapProfile> profiles = new ArrayList<>();
    private EventKind eventKind;
    /** One geocode per line, {@code valueName=value}. */
    private String geocodes;

    DraftAlert toCommand() {
        String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        List<List<Double>> ring = null;
        if (polygon != null && !polygon.isBlank()) {
            try {
                ring = JSON.readValue(polygon, new TypeReference<List<List<Double>>>() {
                });
            } catch (tools.jackson.core.JacksonException e) {
                throw InvalidInput.of("area", "the drawn area could not be read; draw it again");
            }
        }
        Circle circle = circleLat != null || circleLon != null || radiusKm != null
                ? new Circle(circleLat, circleLon, radiusKm) : null;
        List<Translation> translations = new ArrayList<>();
        if (language2 != null && !language2.isBlank()) {
            translations.add(new Translation(language2.strip(), headline2, null, description2, instruction2));
        }
        return new DraftAlert(sender, headline, event, description, instruction, blank(assistance), severity, urgency,
                certainty, new AlertArea(areaDescription, ring, circle, geocodes(geocodes)), null,
                Times.parse(expires, zone, "expires"), "en-US", translations, zone, threatId, profiles, eventKind);
    }

    /** "SAME=011001" lines as valueName to value; blank lines are skipped. */
    static Map<String, String> geocodes(String text) {
        Map<String, String> geocodes = new LinkedHashMap<>();
        if (text == null) {
            return geocodes;
        }
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw InvalidInput.of("area.geocodes", "write one geocode per line as valueName=value, such as "
                        + "SAME=011001; '" + line.strip() + "' has no valueName=");
            }
            geocodes.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return geocodes;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getInstruction() { return instruction; }
    public void setInstruction(String instruction) { this.instruction = instruction; }
    public String getAssistance() { return assistance; }
    public void setAssistance(String assistance) { this.assistance = assistance; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public Certainty getCertainty() { return certainty; }
    public void setCertainty(Certainty certainty) { this.certainty = certainty; }
    public String getAreaDescription() { return areaDescription; }
    public void setAreaDescription(String areaDescription) { this.areaDescription = areaDescription; }
    public String getPolygon() { return polygon; }
    public void setPolygon(String polygon) { this.polygon = polygon; }
    public Double getCircleLat() { return circleLat; }
    public void setCircleLat(Double circleLat) { this.circleLat = circleLat; }
    public Double getCircleLon() { return circleLon; }
    public void setCircleLon(Double circleLon) { this.circleLon = circleLon; }
    public Double getRadiusKm() { return radiusKm; }
    public void setRadiusKm(Double radiusKm) { this.radiusKm = radiusKm; }
    public String getExpires() { return expires; }
    public void setExpires(String expires) { this.expires = expires; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public UUID getThreatId() { return threatId; }
    public void setThreatId(UUID threatId) { this.threatId = threatId; }
    public String getLanguage2() { return language2; }
    public void setLanguage2(String language2) { this.language2 = language2; }
    public String getHeadline2() { return headline2; }
    public void setHeadline2(String headline2) { this.headline2 = headline2; }
    public String getDescription2() { return description2; }
    public void setDescription2(String description2) { this.description2 = description2; }
    public String getInstruction2() { return instruction2; }
    public void setInstruction2(String instruction2) { this.instruction2 = instruction2; }
    public List<CapProfile> getProfiles() { return profiles; }
    public void setProfiles(List<CapProfile> profiles) { this.profiles = profiles; }
    public EventKind getEventKind() { return eventKind; }
    public void setEventKind(EventKind eventKind) { this.eventKind = eventKind; }
    public String getGeocodes() { return geocodes; }
    public void setGeocodes(String geocodes) { this.geocodes = geocodes; }
}
