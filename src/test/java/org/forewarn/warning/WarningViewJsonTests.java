package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A warning is one flat JSON object with these members, in this order, whatever shape the Java view
 * has: API clients, the OpenAPI document and the docs rely on it. Members without a value are left out.
 */
class WarningViewJsonTests extends IntegrationTest {

    static final List<String> MEMBERS = List.of("id", "reference", "threatId", "recipientId", "recipientName",
            "recipientRelationship", "channel", "channelAddress", "releasableText", "facets",
            "withheldReasonsRedacted", "specificity", "state", "approvalRequired", "draftedBy", "draftedAt",
            "approvedBy", "approvedAt", "approvalNote", "sentBy", "sentAt", "sentRecordedAt", "deliveredAt",
            "deliveredBy", "deliveryReference", "handoverNote", "acknowledgmentDueAt", "acknowledgedAt",
            "acknowledgedBy", "response", "responses", "failureReason", "noResponseAt", "escalatedAt", "escalatedBy",
            "escalationNote", "idempotencyKey", "deliveries", "receiptAvailable", "nextActions");

    @Test
    void theOpenApiDocumentDescribesAWarningAsTheFlatObjectItIs() {
        JsonNode warning = api.anonymous().get("/v3/api-docs").expect(200).json().get("components").get("schemas")
                .get("WarningView");

        assertThat(names(warning.get("properties"))).containsExactlyElementsOf(MEMBERS);
        assertThat(strings(warning.get("properties").get("nextActions").get("items").get("enum")))
                .hasSameElementsAs(names(NextAction.values()));
    }

    @Test
    void aWarningCarriesItsRecordAsFlatMembersInTheDocumentedOrder() {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String id = cases.draft(threat, recipient, "LIAISON");
        api.as(APPROVER).post("/api/v1/warnings/" + id + "/approval",
                Map.of("decision", "APPROVE", "note", "Releasable as written")).expect(200);
        api.as(LIAISON).post("/api/v1/warnings/" + id + "/send", Map.of("deliveredBy", "Station liaison officer",
                "handoverNote", "Read out and handed over in writing")).expect(200);
        JsonNode warning = api.as(LIAISON).post("/api/v1/warnings/" + id + "/acknowledgment",
                Map.of("receivedAt", java.time.Instant.now().toString(), "response", "Received")).expect(200).json();

        List<String> names = names(warning);
        assertThat(MEMBERS).containsSubsequence(names);
        // Everything a hand-over that was answered has (no delivery reference, failure or escalation):
        assertThat(names).containsExactlyElementsOf(MEMBERS.stream().filter(m -> !List.of("deliveryReference",
                "failureReason", "noResponseAt", "escalatedAt", "escalatedBy", "escalationNote").contains(m)).toList());
        assertThat(warning.get("approvalNote").asString()).isEqualTo("Releasable as written");
        assertThat(warning.get("deliveredBy").asString()).isEqualTo("Station liaison officer");
        assertThat(warning.get("handoverNote").asString()).isEqualTo("Read out and handed over in writing");
        assertThat(warning.get("response").asString()).isEqualTo("Received");
        assertThat(warning.get("recipientRelationship").asString()).isEqualTo("ADVERSARY");
        assertThat(warning.get("specificity").get("score").asInt()).isPositive();
        assertThat(warning.get("deliveries").get(0).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(strings(warning.get("nextActions"))).containsExactly("RECORD_RESPONSE");
        assertThat(warning.get("receiptAvailable").asBoolean()).isTrue();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants).map(Enum::name).toList();
    }
}
