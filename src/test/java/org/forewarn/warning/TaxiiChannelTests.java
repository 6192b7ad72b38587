package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.StixSchemas;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The TAXII channel end to end: a warning sent to a partner whose channel is TAXII waits in its
 * collection; the partner's first retrieval delivers it with a signed receipt; what the partner posts to
 * its reporting collection waits in the analysts' intake queue.
 */
class TaxiiChannelTests extends IntegrationTest {

    private static final String TAXII = "application/taxii+json;version=2.1";

    @Autowired
    UserAdministration administration;

    @Autowired
    org.forewarn.recipient.Recipients recipients;

    private record Partner(String recipient, String account) {
    }

    private Partner partner() {
        String account = "p." + UUID.randomUUID().toString().substring(0, 8);
        String recipient = new Cases(api).recipient("ALLY", Map.of("type", "TAXII", "address", account));
        administration.create(new NewUser(account, "Allied service reader", TestUsers.PASSWORD, Set.of(Role.PARTNER),
                Clearance.UNCLASSIFIED, Set.of(), UUID.fromString(recipient)));
        return new Partner(recipient, account);
    }

    private Api.Response taxii(String account, String path) {
        return api.as(account).get(path, "Accept", TAXII);
    }

    private JsonNode collection(Partner p, String title) {
        for (JsonNode c : taxii(p.account(), "/taxii2/forewarn/collections/").expect(200).json().get("collections")) {
            if (c.get("title").asString().startsWith(title)) {
                return c;
            }
        }
        throw new AssertionError("no collection " + title + " for " + p.account());
    }

    @Test
    void aWarningWaitsInThePartnersCollectionAndItsFirstRetrievalIsTheDeliveryWithAReceipt() throws Exception {
        Partner p = partner();
        assertThat(recipients.withChannel(org.forewarn.shared.ChannelType.TAXII))
                .as("offered for partner accounts in the console").extracting(r -> r.id().toString())
                .contains(p.recipient());
        String threat = new Cases(api).threatWithDuty();
        String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(p.recipient(), "TAXII", Fixtures.CLEAN_TEXT)).expect(201).id();
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("SENT");
        JsonNode delivery = api.as(AUDITOR).get("/api/v1/warnings/" + warning).expect(200).json();
        assertThat(delivery.toString()).contains("AWAITING_PICKUP");

        JsonNode warnings = collection(p, "Warnings");
        assertThat(warnings.get("can_read").asBoolean()).isTrue();
        assertThat(warnings.get("can_write").asBoolean()).isFalse();
        String objects = "/taxii2/forewarn/collections/" + warnings.get("id").asString() + "/objects/";
        // The manifest says what is there without retrieving it: not a delivery.
        taxii(p.account(), "/taxii2/forewarn/collections/" + warnings.get("id").asString() + "/manifest/").expect(200);
        assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state")).isEqualTo("SENT");

        JsonNode envelope = taxii(p.account(), objects).expect(200).json();
        String reportId = WarningStix.reportId(UUID.fromString(warning));
        JsonNode report = null;
        for (JsonNode o : envelope.get("objects")) {
            StixSchemas.assertValid(o.toString());
            if (o.get("id").asString().equals(reportId)) {
                report = o;
            }
        }
        assertThat(report).as("the warning's report in the partner's collection").isNotNull();
        assertThat(report.get("description").asString()).contains("Crocus City Hall");
        assertThat(envelope.toString()).doesNotContain("NIGHTJAR").doesNotContain("CELL-7");

        JsonNode delivered = api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).json();
        assertThat(delivered.get("state").asString()).isEqualTo("DELIVERED");
        JsonNode receipt = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).json();
        assertThat(receipt.get("payload").get("channel").get("type").asString()).isEqualTo("TAXII");
        String[] jws = receipt.get("jws").asString().split("\\.");
        JsonNode jwk = api.as(AUDITOR).get("/api/v1/signing-key").expect(200).json();
        assertThat(org.forewarn.testing.Ed25519Jwk.verifies(jwk, jws[0] + "." + jws[1], jws[2]))
                .as("the receipt of a TAXII delivery verifies with the published key").isTrue();

        // Reading again changes nothing: one delivery, one receipt.
        taxii(p.account(), objects).expect(200);
        assertThat(api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).json())
                .isEqualTo(receipt);
        String audit = api.as(AUDITOR).all("/api/v1/audit?caseId=" + threat).toString();
        assertThat(audit).contains("WarningDelivered");
    }

    @Test
    void whatThePartnerPostsToItsReportingCollectionWaitsForAnAnalyst() {
        Partner p = partner();
        // The partner's collections are made when the first warning is sent to it.
        String threat = new Cases(api).threatWithDuty();
        String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(p.recipient(), "TAXII", Fixtures.CLEAN_TEXT)).expect(201).id();
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        JsonNode reporting = collection(p, "Reporting");
        assertThat(reporting.get("can_write").asBoolean()).isTrue();

        String name = "Follow-up: second cell " + UUID.randomUUID();
        String body = """
                {"objects": [{"type": "report", "spec_version": "2.1", "id": "report--%s",
                  "created": "2024-03-09T10:00:00.000Z", "modified": "2024-03-09T10:00:00.000Z",
                  "name": "%s", "description": "A second cell scouts shopping centres.",
                  "published": "2024-03-09T10:00:00.000Z", "report_types": ["threat-report"], "confidence": 90,
                  "object_refs": ["identity--%s"]}]}
                """.formatted(UUID.randomUUID(), name, UUID.randomUUID());
        var posted = api.as(p.account()).postText("/taxii2/forewarn/collections/" + reporting.get("id").asString()
                + "/objects/", TAXII, body, TAXII);
        assertThat(posted.status()).isEqualTo(202);

        JsonNode queued = null;
        for (JsonNode r : api.as(ANALYST).all("/api/v1/intake/reporting?status=NEW")) {
            if (r.get("name").asString().equals(name)) {
                queued = r;
            }
        }
        assertThat(queued).as("the partner's report in the intake queue").isNotNull();
        assertThat(queued.get("feedName").asString()).isNotBlank();
        assertThat(queued.get("prefill").get("informationCredibility").asInt()).isEqualTo(1);
        assertThat(queued.get("prefill").get("sourceReliability").asString()).as("no feed grades this partner")
                .isEqualTo("F");
    }

    @Test
    void eachPartnerReadsItsOwnDeliveredWarningsAsAMispFeed() {
        Partner p = partner();
        Partner other = partner();
        String threat = new Cases(api).threatWithDuty();
        String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(p.recipient(), "TAXII", Fixtures.CLEAN_TEXT)).expect(201).id();
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
        assertThat(api.as(p.account()).get("/misp/feed/manifest.json").expect(200).json().size())
                .as("not delivered yet: not in the feed").isZero();
        taxii(p.account(), "/taxii2/forewarn/collections/" + collection(p, "Warnings").get("id").asString()
                + "/objects/").expect(200);

        JsonNode manifest = api.as(p.account()).get("/misp/feed/manifest.json").expect(200).json();
        assertThat(manifest.size()).isEqualTo(1);
        String uuid = manifest.propertyNames().iterator().next();
        JsonNode event = api.as(p.account()).get("/misp/feed/" + uuid + ".json").expect(200).json();
        assertThat(event.get("Event").get("uuid").asString()).isEqualTo(uuid);
        assertThat(event.toString()).contains("Crocus City Hall").doesNotContain("NIGHTJAR");
        String hashes = api.as(p.account()).get("/misp/feed/hashes.csv", "Accept", "text/csv").expect(200).body();
        assertThat(hashes.lines()).isNotEmpty().allMatch(line -> line.endsWith("," + uuid));

        assertThat(api.as(other.account()).get("/misp/feed/manifest.json").expect(200).json().size()).isZero();
        assertThat(api.as(other.account()).get("/misp/feed/" + uuid + ".json").status()).isEqualTo(404);
        assertThat(api.as(ANALYST).get("/misp/feed/manifest.json").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/misp/feed/manifest.json").status()).isEqualTo(401);
    }

    @Test
    void aWarningToAPartnersOwnTaxiiServerIsPostedThroughTheDeliveryEngineAndDeliveredWhenTheStatusIsComplete()
            throws Exception {
        try (org.forewarn.testing.SpecTaxiiServer theirs = new org.forewarn.testing.SpecTaxiiServer("forewarn",
                "their-pass")) {
            theirs.stayPendingFor(1);
            Map<String, Object> channel = Map.of("type", "TAXII", "address", theirs.collection().toString(),
                    "secret", "forewarn:their-pass");
            String recipient = new Cases(api).recipient("ALLY", channel);
            String threat = new Cases(api).threatWithDuty();
            String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                    Fixtures.warning(recipient, "TAXII", Fixtures.CLEAN_TEXT)).expect(201).id();
            api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

            assertThat(settledState(warning)).isEqualTo("DELIVERED");
            String reportId = WarningStix.reportId(UUID.fromString(warning));
            assertThat(theirs.objects()).extracting(o -> o.get("id").asString()).contains(reportId);
            assertThat(theirs.objects().toString()).doesNotContain("NIGHTJAR");
            assertThat(api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).body())
                    .contains("TAXII status");
            assertThat(api.as(AUDITOR).get("/api/v1/recipients/" + recipient).expect(200).body())
                    .doesNotContain("their-pass");
        }
    }

    @Test
    void aPartnerServerThatRefusesTheCredentialsFailsTheDeliveryWithItsReason() throws Exception {
        try (org.forewarn.testing.SpecTaxiiServer theirs = new org.forewarn.testing.SpecTaxiiServer("forewarn",
                "their-pass")) {
            String recipient = new Cases(api).recipient("ALLY", Map.of("type", "TAXII", "address",
                    theirs.collection().toString(), "secret", "forewarn:wrong"));
            String threat = new Cases(api).threatWithDuty();
            String warning = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                    Fixtures.warning(recipient, "TAXII", Fixtures.CLEAN_TEXT)).expect(201).id();
            api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);

            assertThat(settledState(warning)).isEqualTo("FAILED");
            assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).body()).contains("401");
            assertThat(theirs.objects()).isEmpty();
        }
    }

    /** The warning's state once the delivery engine is done with it (no longer SENT). */
    private String settledState(String warning) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state"),
                        state -> !state.equals("SENT"));
    }
}
