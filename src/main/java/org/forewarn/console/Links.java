package org.forewarn.console;

import org.forewarn.due.DueQueue;
import org.springframework.stereotype.Component;

/** Where in the console each kind of due item is acted on. */
@Component("links")
public class Links {

    /** No default: a new kind of due item does not compile until it has its place in the console. */
    public String forDue(DueQueue.DueEntry item) {
        String threat = "/console/threats/" + item.threatId();
        return switch (item.kind()) {
            case DETERMINATION_AWAITING_APPROVAL -> threat + "#determinations";
            case WARNING_DEADLINE_NEAR, WARNING_DEADLINE_MISSED -> threat + "/warnings/new";
            case WARNING_AWAITING_APPROVAL, WARNING_READY_TO_SEND, WARNING_DELIVERY_FAILED,
                 WARNING_AWAITING_ACKNOWLEDGMENT, WARNING_NO_RESPONSE, WARNING_ESCALATED_UNANSWERED ->
                    "/console/warnings/" + item.subjectId();
            case NDS_OBLIGATION_OPEN -> threat + "#nds";
            case ALERT_AWAITING_RELEASE -> "/console/alerts/" + item.subjectId();
            case STATEMENT_AWAITING_APPROVAL -> "/console/warnings/" + item.subjectId() + "#statement-of-record";
            case CORRECTIVE_ACTION_OVERDUE -> FindingPages.review(item.threatId(), "action-" + item.subjectId());
            case ACCESS_GRANT_AWAITING_CONFIRMATION -> "/console/users#grant-" + item.subjectId();
            case INCOMING_REPORTING -> "/console/intake#reporting-" + item.subjectId();
        };
    }
}
