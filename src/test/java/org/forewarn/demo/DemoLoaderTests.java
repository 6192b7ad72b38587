package org.forewarn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class DemoLoaderTests extends IntegrationTest {

    @Autowired
    DemoLoader loader;

    @Test
    void demoCreatesTheLoginsAndTheWholeCrocusCaseOnce() {
        loader.load();
        // Loaded again (a restart of the demo): every login is already there and keeps its password.
        assertThat(loader.load()).containsExactlyInAnyOrder("analyst", "approver", "reviewer", "liaison", "consular",
                "auditor", "admin", "partner");

        // 'admin' already exists in the test database (first-start bootstrap) and keeps its password.
        for (String user : new String[] {"analyst", "approver", "reviewer", "liaison", "consular", "auditor"}) {
            assertThat(api.as(user, DemoUsers.PASSWORD).get("/api/v1/me").status()).as(user).isEqualTo(200);
        }
        // Every threat, page by page (other tests add theirs to the same database).
        JsonNode crocus = null;
        int copies = 0;
        String cursor = null;
        do {
            JsonNode page = api.as("analyst", DemoUsers.PASSWORD)
                    .get("/api/v1/threats?limit=500" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
            for (JsonNode t : page.get("items")) {
                if (t.get("title").asString().equals(CrocusScenario.TITLE_KEY)) {
                    crocus = t;
                    copies++;
                }
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(copies).isEqualTo(1);
        assertThat(crocus.get("receivedAt").asString()).isEqualTo("2024-03-05T07:00:00Z");
        assertThat(crocus.get("timeZone").asString()).isEqualTo("Europe/Moscow");

        String id = crocus.get("id").asString();
        JsonNode determination = api.as("analyst", DemoUsers.PASSWORD)
                .get("/api/v1/threats/" + id + "/determinations").expect(200).json().get("items").get(0);
        assertThat(determination.get("state").asString()).isEqualTo("APPROVED");
        assertThat(determination.get("decidedBy").asString()).isEqualTo("approver");

        JsonNode warning = api.as("liaison", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/warnings")
                .expect(200).json().get("items").get(0);
        assertThat(warning.get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(warning.get("recipientRelationship").asString()).isEqualTo("ADVERSARY");
        assertThat(warning.get("sentAt").asString()).isEqualTo("2024-03-06T12:00:00Z");
        assertThat(warning.get("responses").findValuesAsString("kind")).containsExactly("ACKNOWLEDGMENT", "DISPUTE");
        assertThat(warning.get("responses").get(1).get("text").asString()).contains("too general");

        api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/warnings/" + warning.get("id").asString() + "/receipt")
                .expect(200);

        // The embassy's public alert of 7 March satisfied the No-Double-Standard obligation a day and a
        // half after the FSB was warned, and reached the enrolled people in Moscow at the time.
        JsonNode nds = api.as("consular", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/nds").expect(200)
                .json();
        assertThat(nds.get("status").asString()).isEqualTo("SATISFIED_BY_ALERT");
        assertThat(nds.get("openFor").asString()).isEqualTo("PT30H");
        String alert = nds.get("alertId").asString();
        JsonNode published = api.as("consular", DemoUsers.PASSWORD).get("/api/v1/alerts/" + alert).expect(200).json();
        assertThat(published.get("sent").asString()).isEqualTo("2024-03-07T18:00:00Z");
        assertThat(published.get("sender").asString()).isEqualTo("U.S. Embassy Moscow");
        // Consular is not cleared for the SECRET case: the approver released what consular wrote.
        assertThat(published.get("submittedBy").asString()).isEqualTo("consular");
        assertThat(published.get("reviewedBy").asString()).isEqualTo("approver");
        JsonNode fanout = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> api.as("consular", DemoUsers.PASSWORD).get("/api/v1/alerts/" + alert + "/fanout")
                        .expect(200).json(), f -> "COMPLETED".equals(f.get("status").asString()));
        assertThat(fanout.get("delivered").asLong()).isGreaterThanOrEqualTo(7);
        // (Other tests enroll people in Moscow too, so count only the demo's own population.)
        for (int person = 1; person <= 10; person++) {
            long received = env.webhooks.receivedAt("/demo-inbox/person-" + person).stream()
                    .filter(r -> r.header("Idempotency-Key").contains(alert)).count();
            assertThat(received).as("person " + person).isEqualTo(person <= 7 ? 1 : 0);
        }
        assertThat(api.anonymous().get("/alerts/archive.atom").expect(200).body()).contains(alert);
        assertThat(api.anonymous().get("/alerts/" + alert + ".cap").expect(200).body())
                .contains("<senderName>U.S. Embassy Moscow</senderName>");
        assertThat(api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/audit/verify").expect(200).json()
                .get("valid").asBoolean()).isTrue();
    
        // The case reads as the story: received, determined, warned, delivered, answered, the public
        // told, the attack 16 days after the warning, the dispute.
        JsonNode timeline = api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/timeline")
                .expect(200).json();
        assertThat(timeline.get("timeZone").asString()).isEqualTo("Europe/Moscow");
        assertThat(timeline.get("entries").findValuesAsString("kind")).containsSubsequence("RECEIVED",
                "DETERMINATION_PROPOSED", "DETERMINATION_DECIDED", "WARNING_DRAFTED", "WARNING_APPROVED",
                "WARNING_SENT", "WARNING_DELIVERED", "RESPONSE", "PUBLIC_ALERT", "NDS_SATISFIED", "INCIDENT",
                "RESPONSE");
        JsonNode leadTime = null;
        for (JsonNode span : timeline.get("leadTimes")) {
            if (span.get("label").asString().contains("incident (lead time)")) {
                leadTime = span;
            }
        }
        assertThat(leadTime.get("duration").asString()).isEqualTo("PT389H");

        // The after-action report answers "too general": the delivered text named the venue and the window.
        JsonNode report = api.as("analyst", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/review").expect(200)
                .json();
        JsonNode kvs = report.get("knownVsShared").get(0);
        assertThat(kvs.get("fromReceipt").asBoolean()).isTrue();
        assertThat(kvs.get("flags")).isEmpty();
        assertThat(kvs.get("rows").get(1).get("foundInText").get(0).asString()).isEqualTo("Crocus City Hall");
        assertThat(kvs.get("rows").get(3).get("foundInText").get(0).asString()).isEqualTo("in the coming weeks");
        JsonNode dispute = report.get("responses").get(0).get("said").get(1);
        assertThat(dispute.get("text").asString()).contains("too general");
        assertThat(dispute.get("answer").asString()).contains("named Crocus City Hall and a synagogue in Moscow, the "
                + "window (“in the coming weeks”)");
        assertThat(report.get("receipts").get(0).get("signatureValid").asBoolean()).isTrue();
        assertThat(report.get("responses").get(0).get("claims").findValuesAsString("kind"))
                .as("the public claims about the warning, each set against the receipt")
                .contains("Characterization of the warning");
        assertThat(report.get("findings").findValuesAsString("title")).contains(
                "Public alert 30 h after officials were warned", "Warned 16 days 5 h before the incident");
        JsonNode finding = report.get("analystFindings").get(0);
        assertThat(finding.get("basedOn").asString()).isEqualTo("nds.delay");
        assertThat(finding.get("actions").get(0).get("capabilityElement").asString()).isEqualTo("PLANNING");
        assertThat(report.get("overview").get("participants").findValuesAsString("name")).contains("Anna Analyst");
        assertThat(report.get("receipts").get(0).get("sentence").asString())
                .contains("A statement of record quoting it was approved for release by reviewer");
        // Competing hypotheses: the scenario's matrix, H1 (Islamic State on its own) leading.
        JsonNode matrix = api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/matrix").expect(200)
                .json();
        assertThat(matrix.get("hypotheses")).hasSize(3);
        assertThat(matrix.get("evidence")).hasSize(4);
        assertThat(matrix.get("leading").get(0).asString()).isEqualTo("H1");
        assertThat(api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/judgements").expect(200)
                .json().get("items").get(0).get("likelihood").asString()).isEqualTo("VERY_LIKELY");
        for (JsonNode check : report.get("compliance")) {
            assertThat(check.get("status").asString()).as(check.get("rule").asString()).isIn("PASSED",
                    "NOT_APPLICABLE");
        }

        // The claims ledger: every claim of the scenario, each its own row (the attribution to Ukraine and
        // its rebuttal are not merged); those about the warning are listed with it; each is on the timeline.
        JsonNode scenarioClaims;
        try (java.io.InputStream in = getClass().getResourceAsStream("/demo/crocus-2024.json")) {
            scenarioClaims = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in).get("claims");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode claims = api.as("consular", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/claims?limit=100")
                .expect(200).json().get("items");
        assertThat(claims).hasSize(scenarioClaims.size()).hasSize(9);
        assertThat(claims.findValuesAsString("kind")).contains("ATTRIBUTION", "REBUTTAL", "DENIAL",
                "CLAIM_OF_RESPONSIBILITY");
        assertThat(claims.findValuesAsString("party")).contains("Director of the SVR", "Government of Ukraine");
        JsonNode aboutWarning = api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/warnings/"
                + warning.get("id").asString() + "/claims?limit=100").expect(200).json().get("items");
        assertThat(aboutWarning.findValuesAsString("kind")).hasSize(5).allMatch(k -> k.contains("WARNING"));
        assertThat(timeline.get("entries").findValuesAsString("kind").stream().filter("CLAIM"::equals))
                .hasSize(scenarioClaims.size());

        // The export: valid STIX 2.1; Islamic State's claim and Russia's attribution to Ukraine stay two
        // relationships, each by its party; the US rebuttal and Ukraine's denial dispute Russia's.
        String stix = api.as("liaison", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/stix").expect(200)
                .body();
        org.forewarn.testing.StixSchemas.assertValid(stix);
        JsonNode objects = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stix).get("objects");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        objects.forEach(o -> {
            if (o.has("name")) {
                names.put(o.get("id").asString(), o.get("name").asString());
            }
        });
        java.util.List<String> attributions = new java.util.ArrayList<>();
        java.util.List<String> disputes = new java.util.ArrayList<>();
        objects.forEach(o -> {
            if (o.get("type").asString().equals("relationship")) {
                attributions.add(names.get(o.get("created_by_ref").asString()) + " -> "
                        + names.get(o.get("target_ref").asString()));
            }
            if (o.get("type").asString().equals("opinion")) {
                disputes.add(names.get(o.get("created_by_ref").asString()) + ": " + o.get("opinion").asString());
            }
        });
        assertThat(attributions).contains("Islamic State (Amaq news agency) -> Islamic State",
                "President of Russia -> Ukraine", "Forewarn duty-to-warn office -> Islamic State");
        assertThat(disputes).contains("Government of the United States: strongly-disagree",
                "Government of Ukraine: strongly-disagree", "Forewarn duty-to-warn office: strongly-agree");
    }
}
