package org.forewarn.shared;

/**
 * What sort of thing is waiting for a person, named as the API spells it. Each kind says what
 * people call it and which role acts on it; the console says where (its switch over the kinds has
 * no default, so a kind without a console link does not compile). Declared in the order of the
 * flow, which is also the order of items that have waited equally long.
 */
public enum DueKind {

    /** A partner's report arrived over TAXII: turn it into a threat or dismiss it. */
    INCOMING_REPORTING("Incoming reporting to assess", "ANALYST"),
    DETERMINATION_AWAITING_APPROVAL("Determination awaits approval", "APPROVER"),
    WARNING_DEADLINE_NEAR("Warning deadline near", "ANALYST"),
    WARNING_DEADLINE_MISSED("Warning deadline missed", "ANALYST"),
    WARNING_AWAITING_APPROVAL("Warning awaits approval", "APPROVER"),
    WARNING_READY_TO_SEND("Warning ready to send", "LIAISON"),
    WARNING_DELIVERY_FAILED("Delivery failed", "LIAISON"),
    WARNING_AWAITING_ACKNOWLEDGMENT("Awaiting acknowledgment", "LIAISON"),
    WARNING_NO_RESPONSE("No response: escalate", "LIAISON"),
    WARNING_ESCALATED_UNANSWERED("Escalated, unanswered", "LIAISON"),
    NDS_OBLIGATION_OPEN("Public not yet warned (NDS)", "CONSULAR"),
    ALERT_AWAITING_RELEASE("Public alert awaits release", "APPROVER"),
    /** After the review: an improvement-plan action past its completion date; it goes to its point of contact. */
    STATEMENT_AWAITING_APPROVAL("Statement of record awaits a second approver", "APPROVER"),
    CORRECTIVE_ACTION_OVERDUE("Corrective action overdue", "ANALYST"),
    ACCESS_GRANT_AWAITING_CONFIRMATION("Access grant awaits a second admin", "ADMIN");

    private final String label;
    private final String actionRole;

    /**
     * @param actionRole the name of the identity module's {@code Role} that acts on it (shared cannot
     *                   see identity; a test checks each name is a role)
     */
    DueKind(String label, String actionRole) {
        this.label = label;
        this.actionRole = actionRole;
    }

    /** What people call it, e.g. on the console's "Due now" page. */
    public String label() {
        return label;
    }

    public String actionRole() {
        return actionRole;
    }
}
