package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.CONSULAR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Api;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The reference case, replayed through the HTTP API from the scenario file, as the people in it
 * would: intake, determination, a tearline that leaks and is fixed, approval, hand-over to the
 * FSB, acknowledgment, and the later "too general" dispute; then the proof.
 */
class CrocusEndToEndTests extends IntegrationTest {

    @Autowired
    ScenarioClock clock;

    @Test
    void crocusCaseFromThreatToProvableWarning() throws Exception {
        JsonNode scenario;
        try (InputStream in = getClass().getResourceAsStream("/demo/crocus-2024.json")) {
            scenario = Api.JSON.readTree(in);
        }
        JsonNode t = scenario.get("threat");

        // 5 March: the information arrives and is entered. Each step runs at the time it happened.
        var threat = at("2024-03-05T10:30:00+03:00",
                () -> api.as(ANALYST).post("/api/v1/threats", threatRequest(scenario)).expect(201));
        String threatId = threat.id();
        assertThat(threat.json().get("grading").get("code").asString()).isEqualTo("B2");

        // The duty to warn is proposed and approved by someone else.
        JsonNode d = scenario.get("determination");
        String determination = at("2024-03-05T13:00:00+03:00", () -> api.as(ANALYST).post("/api/v1/threats/"
                + threatId + "/determinations", Map.of("outcome", d.get("outcome").asString(), "credible", true,
                "specific", true, "rationale", d.get("rationale").asString())).expect(201).id());
        api.as(ANALYST).post("/api/v1/determinations/" + determination + "/approval", Map.of("decision", "APPROVE"))
                .expect(403);
        at("2024-03-05T16:30:00+03:00", () -> api.as(APPROVER).post("/api/v1/determinations/" + determination
                + "/approval", Map.of("decision", "APPROVE", "note", "Warn through liaison.")).expect(200));
        assertThat(api.as(APPROVER).all("/api/v1/due").findParents("subjectId").stream()
                .filter(item -> item.get("kind").asString().equals("DETERMINATION_AWAITING_APPROVAL"))
                .map(item -> item.get("subjectId").asString())).doesNotContain(determination);

        // The FSB is in the directory as an adversary service reached through liaison.
        JsonNode r = scenario.get("recipients").get(0);
        String fsb = api.as(ANALYST).post("/api/v1/recipients", Map.of("name", r.get("name").asString(),
                "kind", r.get("kind").asString(), "country", r.get("country").asString(),
                "relationship", r.get("relationship").asString(),
                "channels", List.of(Map.of("type", "LIAISON", "address", "Embassy liaison officer")))).expect(201).id();
        // Its relationship counts once another person, an approver, confirms it.
        api.as(ANALYST).post("/api/v1/recipients/" + fsb + "/relationship-confirmation",
                Map.of("relationship", "ADVERSARY")).expect(403);
        api.as(APPROVER).post("/api/v1/recipients/" + fsb + "/relationship-confirmation",
                Map.of("relationship", "ADVERSARY")).expect(200);

        // 6 March: the first draft names a protected term; the tearline check refuses it.
        JsonNode w = scenario.get("warnings").get(0);
        String text = w.get("releasableText").asString();
        Map<String, Object> leaky = warningRequest(fsb, text + " Source: CELL 7 intercept.", w.get("facets"));
        var refused = api.as(ANALYST).post("/api/v1/threats/" + threatId + "/warnings", leaky).expect(422);
        assertThat(refused.text("detail")).contains("CELL-7 intercept");

        var drafted = at("2024-03-06T10:00:00+03:00", () -> api.as(ANALYST).post("/api/v1/threats/" + threatId
                + "/warnings", warningRequest(fsb, text, w.get("facets"))).expect(201));
        String warning = drafted.id();
        assertThat(drafted.json().get("specificity").get("score").asInt()).isEqualTo(90);

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(409);
        at("2024-03-06T12:00:00+03:00", () -> api.as(APPROVER).post("/api/v1/warnings/" + warning + "/approval",
                Map.of("decision", "APPROVE")).expect(200));
        var delivered = at(w.get("sentAt").get("at").asString(), () -> api.as(LIAISON).post("/api/v1/warnings/"
                + warning + "/send", Map.of("handoverNote", "Handed to the FSB counterpart",
                "handedOverAt", w.get("sentAt").get("at").asString())).expect(200));
        assertThat(delivered.text("state")).isEqualTo("DELIVERED");

        // Officials were warned of a threat to the public: No Double Standard obliges a public alert.
        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threatId + "/nds").expect(200).text("status"))
                .isEqualTo("OPEN");

        // 7 March: the FSB answers; later its chiefs call the warning "too general".
        JsonNode response = w.get("response");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/acknowledgment", Map.of(
                "receivedAt", response.get("at").asString(), "response", response.get("text").asString())).expect(200);
        // 7 March, evening: the embassy warns its own public, which satisfies the obligation.
        JsonNode a = scenario.get("publicAlert");
        Map<String, Object> alert = new LinkedHashMap<>(org.forewarn.testing.Fixtures.embassyAlert());
        alert.put("sender", a.get("sender").asString());
        alert.put("headline", a.get("headline").asString());
        alert.put("description", a.get("description").asString());
        alert.put("instruction", a.get("instruction").asString());
        alert.put("threatId", threatId);
        String alertId = api.as(CONSULAR).post("/api/v1/alerts", alert).expect(201).id();
        // Consular is not cleared for the SECRET case: the alert waits for a cleared approver's release.
        assertThat(api.as(CONSULAR).post("/api/v1/alerts/" + alertId + "/publish", null).expect(200).text("status"))
                .isEqualTo("AWAITING_RELEASE");
        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threatId + "/nds").expect(200).text("status"))
                .isEqualTo("OPEN");
        assertThat(api.as(APPROVER).get("/api/v1/alerts/" + alertId + "/release-review").expect(200).json()
                .get("clean").asBoolean()).isTrue();
        api.as(APPROVER).post("/api/v1/alerts/" + alertId + "/release", Map.of("decision", "RELEASE")).expect(200);
        assertThat(api.as(CONSULAR).get("/api/v1/threats/" + threatId + "/nds").expect(200).text("status"))
                .isEqualTo("SATISFIED_BY_ALERT");
        String cap = api.anonymous().get("/alerts/" + alertId + ".cap").expect(200).body();
        assertThat(org.forewarn.testing.XmlSchemas.capProblems(cap)).isEmpty();
        assertThat(cap).contains("imminent plans to attack large gatherings").doesNotContain(threatId);

        JsonNode dispute = w.get("laterDispute");
        var disputed = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/responses", Map.of("kind", "DISPUTE",
                "receivedAt", "2024-03-26T12:00:00+03:00", "text", dispute.get("text").asString(),
                "source", dispute.get("by").asString())).expect(200);
        assertThat(disputed.text("state")).isEqualTo("ACKNOWLEDGED");

        // The proof: exactly what was said, signed, and verifiable with the public key alone.
        JsonNode receipt = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).json();
        JsonNode jwk = api.as(AUDITOR).get("/api/v1/signing-key").expect(200).json();
        assertThat(receipt.get("payload").get("releasableText").asString()).isEqualTo(text);
        assertThat(receipt.get("payload").get("sentAt").asString()).isEqualTo("2024-03-06T12:00:00Z");
        assertThat(receipt.get("payload").get("recipient").get("name").asString()).isEqualTo(r.get("name").asString());
        assertThat(verifies(receipt.get("jws").asString(), jwk.get("x").asString())).isTrue();

        JsonNode chain = api.as(AUDITOR).get("/api/v1/audit/verify").expect(200).json();
        assertThat(chain.get("valid").asBoolean()).isTrue();
        List<String> events = api.as(AUDITOR).get("/api/v1/audit?caseId=" + threatId).expect(200).json().get("items")
                .findValuesAsString("eventType");
        assertThat(events).containsSubsequence("ThreatReported", "DeterminationProposed", "DeterminationApproved",
                "WarningDrafted", "WarningApproved", "WarningSent", "NdsObligationOpened", "WarningDelivered",
                "WarningAcknowledged", "AlertDrafted", "AlertSubmittedForRelease", "AlertReleased", "AlertPublished",
                "NdsObligationSatisfied",
                "WarningResponseRecorded");

        // Someone without SECRET clearance follows the case but never sees how it was learned.
        var consular = api.as(CONSULAR).get("/api/v1/threats/" + threatId).expect(200);
        assertThat(consular.json().get("redacted").asBoolean()).isTrue();
        assertThat(consular.body()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder");
    }

    /** Runs a step as if at that time, as the demo replays the case. */
    private <T> T at(String time, Supplier<T> step) {
        return clock.at(OffsetDateTime.parse(time).toInstant(), step);
    }

    private static Map<String, Object> threatRequest(JsonNode scenario) {
        JsonNode t = scenario.get("threat");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", t.get("title").asString() + " (end-to-end test)");
        body.put("summary", "Islamic State plans an armed assault on large gatherings in Moscow.");
        body.put("harmTypes", Api.JSON.convertValue(t.get("harmTypes"), List.class));
        body.put("actor", t.get("actor").asString());
        body.put("method", t.get("method").asString());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (JsonNode target : t.get("targets")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", target.get("name").asString());
            m.put("kind", target.get("kind").asString());
            m.put("place", target.get("place").asString());
            if (target.has("point")) {
                m.put("lat", target.get("point").get("lat").asDouble());
                m.put("lon", target.get("point").get("lon").asDouble());
            }
            targets.add(m);
        }
        body.put("targets", targets);
        body.put("area", Api.JSON.convertValue(t.get("area"), Map.class));
        body.put("windowFrom", t.get("window").get("from").asString());
        body.put("windowTo", t.get("window").get("to").asString());
        body.put("receivedAt", t.get("received").get("at").asString());
        body.put("sourceReliability", t.get("sourceReliability").asString());
        body.put("informationCredibility", t.get("informationCredibility").asString());
        body.put("classification", t.get("classification").asString());
        body.put("tlp", t.get("tlp").asString());
        body.put("affectsGeneralPublic", true);
        JsonNode p = t.get("protected");
        body.put("protectedDetails", Map.of("sourceDescription", p.get("sourceDescription").asString(),
                "collectionMethod", p.get("collectionMethod").asString(),
                "protectedTerms", Api.JSON.convertValue(p.get("protectedTerms"), List.class)));
        body.put("timeZone", scenario.get("timezone").asString());
        return body;
    }

    private static Map<String, Object> warningRequest(String recipient, String text, JsonNode facets) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipientId", recipient);
        body.put("channel", "LIAISON");
        body.put("releasableText", text);
        body.put("facets", Api.JSON.convertValue(facets, Map.class));
        body.put("withheldReasons", Map.of("method", "Would point to how the information was obtained."));
        return body;
    }

    private static boolean verifies(String jws, String x) throws Exception {
        byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
        byte[] raw = Base64.getUrlDecoder().decode(x);
        byte[] der = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, der, 0, prefix.length);
        System.arraycopy(raw, 0, der, prefix.length, raw.length);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        String[] parts = jws.split("\\.");
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
