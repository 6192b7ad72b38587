package org.forewarn.testing;

import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.util.Map;

/** Steps that many tests need to get a case to the point they test. */
public final class Cases {

    private final Api api;

    public Cases(Api api) {
        this.api = api;
    }

    public String threat() {
        return api.as(ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201).id();
    }

    /** A threat with an approved DUTY_TO_WARN. */
    public String threatWithDuty() {
        String threat = threat();
        String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();
        api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval",
                Map.of("decision", "APPROVE")).expect(200);
        return threat;
    }

    /** A recipient whose relationship an approver has confirmed, so that the relationship counts. */
    public String recipient(String relationship, Map<String, Object> channel) {
        String recipient = unconfirmedRecipient(relationship, channel);
        api.as(APPROVER).post("/api/v1/recipients/" + recipient + "/relationship-confirmation",
                Map.of("relationship", relationship)).expect(200);
        return recipient;
    }

    /** A recipient as an analyst entered it: until an approver confirms its relationship, warnings to it need approval. */
    public String unconfirmedRecipient(String relationship, Map<String, Object> channel) {
        return api.as(ANALYST).post("/api/v1/recipients", Fixtures.recipient(relationship, channel)).expect(201).id();
    }

    public String draft(String threat, String recipient, String channel) {
        return api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(recipient, channel, Fixtures.CLEAN_TEXT)).expect(201).id();
    }

    public String approvedDraft(String threat, String recipient, String channel) {
        String warning = draft(threat, recipient, channel);
        api.as(APPROVER).post("/api/v1/warnings/" + warning + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);
        return warning;
    }

    /**
     * A public alert drafted and published by consular staff; one linked to a threat (which
     * consular is not cleared for) is released by a cleared approver.
     */
    public String publishedAlert(Map<String, Object> alert) {
        String id = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        api.as(CONSULAR).post("/api/v1/alerts/" + id + "/publish", null).expect(200);
        if (alert.get("threatId") != null) {
            api.as(APPROVER).post("/api/v1/alerts/" + id + "/release", Map.of("decision", "RELEASE")).expect(200);
        }
        return id;
    }
}
