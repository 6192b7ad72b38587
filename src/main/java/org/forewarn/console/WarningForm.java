package org.forewarn.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.ChannelType;
import org.forewarn.warning.DraftWarning;
import org.forewarn.warning.FacetStatus;
import org.forewarn.warning.Facets;

/** The warning composer as the browser sends it. */
public class WarningForm {

    private UUID recipientId;
    private ChannelType channel = ChannelType.LIAISON;
    private String releasableText;
    private FacetStatus actor = FacetStatus.SHARED;
    private FacetStatus target = FacetStatus.SHARED;
    private FacetStatus place = FacetStatus.SHARED;
    private FacetStatus time = FacetStatus.SHARED;
    private FacetStatus method = FacetStatus.WITHHELD;
    private String actorReason;
    private String targetReason;
    private String placeReason;
    private String timeReason;
    private String methodReason;

    DraftWarning toCommand() {
        Map<String, String> reasons = new LinkedHashMap<>();
        put(reasons, "actor", actor, actorReason);
        put(reasons, "target", target, targetReason);
        put(reasons, "place", place, placeReason);
        put(reasons, "time", time, timeReason);
        put(reasons, "method", method, methodReason);
        return new DraftWarning(recipientId, channel, releasableText,
                new Facets(actor, target, place, time, method, reasons), null);
    }

    FacetStatus status(org.forewarn.warning.Facet facet) {
        return switch (facet) {
            case ACTOR -> actor;
            case TARGET -> target;
            case PLACE -> place;
            case TIME -> time;
            case METHOD -> method;
        };
    }

    String reason(org.forewarn.warning.Facet facet) {
        return switch (facet) {
            case ACTOR -> actorReason;
            case TARGET -> targetReason;
            case PLACE -> placeReason;
            case TIME -> timeReason;
            case METHOD -> methodReason;
        };
    }

    private static void put(Map<String, String> reasons, String facet, FacetStatus status, String reason) {
        if (status == FacetStatus.WITHHELD && reason != null && !reason.isBlank()) {
            reasons.put(facet, reason);
        }
    }

    public UUID getRecipientId() { return recipientId; }
    public void setRecipientId(UUID recipientId) { this.recipientId = recipientId; }
    public ChannelType getChannel() { return channel; }
    public void setChannel(ChannelType channel) { this.channel = channel; }
    public String getReleasableText() { return releasableText; }
    public void setReleasableText(String releasableText) { this.releasableText = releasableText; }
    public FacetStatus getActor() { return actor; }
    public void setActor(FacetStatus actor) { this.actor = actor; }
    public FacetStatus getTarget() { return target; }
    public void setTarget(FacetStatus target) { this.target = target; }
    public FacetStatus getPlace() { return place; }
    public void setPlace(FacetStatus place) { this.place = place; }
    public FacetStatus getTime() { return time; }
    public void setTime(FacetStatus time) { this.time = time; }
    public FacetStatus getMethod() { return method; }
    public void setMethod(FacetStatus method) { this.method = method; }
    public String getActorReason() { return actorReason; }
    public void setActorReason(String actorReason) { this.actorReason = actorReason; }
    public String getTargetReason() { return targetReason; }
    public void setTargetReason(String targetReason) { this.targetReason = targetReason; }
    public String getPlaceReason() { return placeReason; }
    public void setPlaceReason(String placeReason) { this.placeReason = placeReason; }
    public String getTimeReason() { return timeReason; }
    public void setTimeReason(String timeReason) { this.timeReason = timeReason; }
    public String getMethodReason() { return methodReason; }
    public void setMethodReason(String methodReason) { this.methodReason = methodReason; }
}
