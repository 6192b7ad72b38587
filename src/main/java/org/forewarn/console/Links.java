package org.forewarn.console;

import org.forewarn.due.DueQueue;
import org.springframework.stereotype.Component;

/** Where in the console each kind of due item is acted on. */
@Component("links")
public class Links {

    public String forDue(DueQueue.DueEntry item) {
        String threat = "/console/threats/" + item.threatId();
        return switch (item.kind()) {
            case "DETERMINATION_AWAITING_APPROVAL" -> threat + "#determinations";
            case "WARNING_DEADLINE_NEAR", "WARNING_DEADLINE_MISSED" -> threat + "/warnings/new";
            case "NDS_OBLIGATION_OPEN" -> threat + "#nds";
            case "ACCESS_GRANT_AWAITING_CONFIRMATION" -> "/console/users#grant-" + item.subjectId();
            case "ALERT_AWAITING_RELEASE" -> "/console/alerts/" + item.subjectId();
            default -> item.kind().startsWith("WARNING_") ? "/console/warnings/" + item.subjectId() : threat;
        };
    }

    public String label(String kind) {
        return switch (kind) {
            case "DETERMINATION_AWAITING_APPROVAL" -> "Determination awaits approval";
            case "WARNING_DEADLINE_NEAR" -> "Warning deadline near";
            case "WARNING_DEADLINE_MISSED" -> "Warning deadline missed";
            case "WARNING_AWAITING_APPROVAL" -> "Warning awaits approval";
            case "WARNING_READY_TO_SEND" -> "Warning ready to send";
            case "WARNING_DELIVERY_FAILED" -> "Delivery failed";
            case "WARNING_AWAITING_ACKNOWLEDGMENT" -> "Awaiting acknowledgment";
            case "WARNING_NO_RESPONSE" -> "No response: escalate";
            case "WARNING_ESCALATED_UNANSWERED" -> "Escalated, unanswered";
            case "NDS_OBLIGATION_OPEN" -> "Public not yet warned (NDS)";
            case "ACCESS_GRANT_AWAITING_CONFIRMATION" -> "Access grant awaits a second admin";
            case "ALERT_AWAITING_RELEASE" -> "Public alert awaits release";
            default -> kind;
        };
    }
}
