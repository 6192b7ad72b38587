package org.forewarn.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forewarn.taxii.Taxii.collection;
import static org.forewarn.taxii.Taxii.indicator;
import static org.forewarn.taxii.Taxii.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.shared.DomainException;
import org.forewarn.testing.Accounts;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The TAXII 2.1 server as a partner service's client meets it: discovery, the API root, the
 * collections it may see, objects paged and filtered, versions, manifests, adding objects and their
 * status, and TAXII's own errors and media types.
 */
class TaxiiServerTests extends IntegrationTest {

    @Autowired
    TaxiiCollections collections;

    @Autowired
    UserAdministration administration;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    /** A partner service for one test: its recipient, its account and its two collections. */
    record Partner(String username, UUID recipientId, UUID warnings, UUID reporting) {
    }

    Partner partner() {
        UUID recipient = testUsers.partnerRecipient(Accounts.unique("Partner service"));
        String username = Accounts.unique("partner");
        administration.create(new NewUser(username, username, TestUsers.PASSWORD, Set.of(Role.PARTNER),
                Clearance.UNCLASSIFIED, Set.of(), recipient));
        List<TaxiiCollection> made = collections.ensureCollectionsFor(recipient, true);
        return new Partner(username, recipient, made.get(0).id(), made.get(1).id());
    }

    Taxii as(String username) {
        return new Taxii(mvc, username);
    }

    @Test
    void discoveryNamesTheApiRootWhichDescribesItself() {
        Partner partner = partner();

        Taxii.Response discovery = as(partner.username()).get("/taxii2/").expect(200);
        Taxii.Response root = as(partner.username()).get(Taxii.ROOT).expect(200);

        assertThat(discovery.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(discovery.json().get("title").asString()).isNotBlank();
        assertThat(discovery.json().get("default").asString()).isEqualTo("http://localhost" + Taxii.ROOT);
        assertThat(discovery.json().get("api_roots")).extracting(JsonNode::asString)
                .containsExactly("http://localhost" + Taxii.ROOT);
        assertThat(root.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(root.json().get("versions").get(0).asString()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(root.json().get("max_content_length").asLong()).isEqualTo(2L * 1024 * 1024);
        as(partner.username()).get("/taxii2/elsewhere/").expect(404);
    }

    @Test
    void aPartnerSeesOnlyItsOwnRecipientsCollectionsAndStaffOverseeThemAll() {
        Partner mine = partner();
        Partner theirs = partner();

        JsonNode listed = as(mine.username()).get(Taxii.ROOT + "collections/").expect(200).json().get("collections");

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(mine.warnings().toString());
        assertThat(listed.get(0).get("title").asString()).startsWith("Warnings for Partner service");
        assertThat(listed.get(0).get("can_read").asBoolean()).isTrue();
        assertThat(listed.get(0).get("can_write").asBoolean()).isFalse();
        assertThat(listed.get(0).get("media_types").get(0).asString()).isEqualTo("application/stix+json;version=2.1");
        assertThat(listed.get(1).get("id").asString()).isEqualTo(mine.reporting().toString());
        assertThat(listed.get(1).get("can_write").asBoolean()).isTrue();
        as(mine.username()).get(collection(mine.warnings())).expect(200);
        for (String path : List.of(collection(theirs.warnings()), collection(theirs.warnings()) + "objects/",
                collection(theirs.reporting()) + "manifest/")) {
            Taxii.Response refused = as(mine.username()).get(path).expect(404);
            assertThat(refused.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        }
        as(mine.username()).post(collection(theirs.reporting()) + "objects/",
                Map.of("objects", List.of(indicator(Instant.now(), "x")))).expect(404);

        for (String staff : List.of(TestUsers.ANALYST, TestUsers.AUDITOR)) {
            JsonNode seen = as(staff).get(collection(theirs.reporting())).expect(200).json();
            assertThat(seen.get("can_read").asBoolean()).isTrue();
            assertThat(seen.get("can_write").asBoolean()).isFalse();
        }
        Taxii.Response approver = as(TestUsers.APPROVER).get(Taxii.ROOT + "collections/").expect(403);
        assertThat(approver.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(approver.json().get("http_status").asString()).isEqualTo("403");
    }

    @Test
    void pagingFollowingNextOrAddedAfterNeverSkipsNorRepeatsAnObject() {
        Partner partner = partner();
        Instant at = Instant.parse("2026-11-01T10:00:00.000Z");
        List<JsonNode> objects = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            objects.add(indicator(at.plusSeconds(i), "indicator " + i));
        }
        collections.publish(partner.warnings(), objects);
        Set<String> published = new HashSet<>(objects.stream().map(o -> o.get("id").asString()).toList());
        String objectsPath = collection(partner.warnings()) + "objects/?limit=100";

        List<String> byNext = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String previousLast = null;
        String next = null;
        JsonNode lateComer = null;
        do {
            Taxii.Response page = as(partner.username())
                    .get(objectsPath + (next == null ? "" : "&next=" + next)).expect(200);
            JsonNode body = page.json();
            List<String> ids = new ArrayList<>();
            body.get("objects").forEach(o -> ids.add(o.get("id").asString()));
            byNext.addAll(ids);
            pageSizes.add(ids.size());
            String first = page.header("X-TAXII-Date-Added-First");
            String last = page.header("X-TAXII-Date-Added-Last");
            assertThat(first).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            assertThat(Instant.parse(first)).isBefore(Instant.parse(last));
            if (previousLast != null) {
                assertThat(Instant.parse(first)).isAfter(Instant.parse(previousLast));
            }
            assertThat(manifestDates(partner, ids)).containsExactly(first, last);
            previousLast = last;
            next = body.get("more").asBoolean() ? body.get("next").asString() : null;
            assertThat(body.has("next")).isEqualTo(next != null);
            if (lateComer == null) {
                // Added while the client is paging: it comes last, on the final page.
                lateComer = indicator(at.plusSeconds(999), "late");
                collections.publish(partner.warnings(), List.of(lateComer));
                published.add(lateComer.get("id").asString());
            }
        } while (next != null);

        assertThat(pageSizes).containsExactly(100, 100, 51);
        assertThat(byNext).doesNotHaveDuplicates().hasSize(251);
        assertThat(new HashSet<>(byNext)).isEqualTo(published);
        assertThat(byNext.get(250)).isEqualTo(lateComer.get("id").asString());

        List<String> byAddedAfter = new ArrayList<>();
        String addedAfter = null;
        while (true) {
            Taxii.Response page = as(partner.username()).get(objectsPath
                    + (addedAfter == null ? "" : "&added_after=" + addedAfter)).expect(200);
            JsonNode body = page.json();
            if (!body.has("objects")) {
                assertThat(body.isEmpty()).isTrue();
                assertThat(page.header("X-TAXII-Date-Added-Last")).isNull();
                break;
            }
            body.get("objects").forEach(o -> byAddedAfter.add(o.get("id").asString()));
            addedAfter = page.header("X-TAXII-Date-Added-Last");
        }
        assertThat(byAddedAfter).isEqualTo(byNext);
    }

    @Test
    void objectsPublishedAtTheSameTimeEachGetTheirOwnDateAdded() throws Exception {
        Partner partner = partner();
        Instant at = Instant.parse("2026-11-01T12:00:00.000Z");
        List<JsonNode> objects = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            objects.add(indicator(at.plusSeconds(i), "concurrent " + i));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (JsonNode object : objects) {
                done.add(pool.submit(() -> collections.publish(partner.warnings(), List.of(object))));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        JsonNode manifest = as(partner.username()).get(collection(partner.warnings()) + "manifest/").expect(200)
                .json().get("objects");
        List<Instant> dates = new ArrayList<>();
        manifest.forEach(record -> dates.add(Instant.parse(record.get("date_added").asString())));
        assertThat(dates).hasSize(80).isSorted().doesNotHaveDuplicates();
        List<String> paged = new ArrayList<>();
        String addedAfter = null;
        do {
            Taxii.Response page = as(partner.username()).get(collection(partner.warnings()) + "objects/?limit=7"
                    + (addedAfter == null ? "" : "&added_after=" + addedAfter)).expect(200);
            page.json().get("objects").forEach(o -> paged.add(o.get("id").asString()));
            addedAfter = page.json().get("more").asBoolean() ? page.header("X-TAXII-Date-Added-Last") : null;
        } while (addedAfter != null);
        assertThat(paged).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(objects.stream().map(o -> o.get("id").asString()).toList());
    }

    /** The dates added of the first and last of these objects, as the manifest gives them. */
    private List<String> manifestDates(Partner partner, List<String> ids) {
        JsonNode manifest = as(partner.username()).get(collection(partner.warnings()) + "manifest/?match[id]="
                + ids.get(0) + "," + ids.get(ids.size() - 1)).expect(200).json().get("objects");
        return List.of(manifest.get(0).get("date_added").asString(), manifest.get(1).get("date_added").asString());
    }

    @Test
    void filtersChooseByIdTypeVersionAndSpecVersion() {
        Partner partner = partner();
        Instant created = Instant.parse("2026-11-02T08:00:00.000Z");
        Instant v2 = created.plus(1, ChronoUnit.HOURS);
        Instant v3 = created.plus(2, ChronoUnit.HOURS);
        JsonNode indicator = indicator(created, "watched address");
        String indicatorId = indicator.get("id").asString();
        JsonNode other = indicator(created, "other address");
        String reportId = "report--" + UUID.randomUUID();
        List<String> refs = List.of(indicatorId);
        collections.publish(partner.warnings(), List.of(indicator, other, report(reportId, created, created, refs)));
        collections.publish(partner.warnings(), List.of(report(reportId, created, v3, refs)));
        collections.publish(partner.warnings(), List.of(report(reportId, created, v2, refs)));
        String objects = collection(partner.warnings()) + "objects/";
        Taxii taxii = as(partner.username());

        assertThat(ids(taxii.get(objects + "?match[type]=report"))).containsExactly(reportId);
        assertThat(modified(taxii.get(objects + "?match[type]=report"))).containsExactly(Taxii.stamp(v3));
        assertThat(ids(taxii.get(objects + "?match[type]=indicator"))).containsExactly(indicatorId,
                other.get("id").asString());
        assertThat(ids(taxii.get(objects + "?match[id]=" + indicatorId + "," + reportId)))
                .containsExactlyInAnyOrder(indicatorId, reportId);
        // In the order added: the version of v3 came before the (earlier) v2.
        assertThat(modified(taxii.get(objects + "?match[id]=" + reportId + "&match[version]=all")))
                .containsExactly(Taxii.stamp(created), Taxii.stamp(v3), Taxii.stamp(v2));
        assertThat(modified(taxii.get(objects + "?match[id]=" + reportId + "&match[version]=first")))
                .containsExactly(Taxii.stamp(created));
        assertThat(modified(taxii.get(objects + "?match[id]=" + reportId + "&match[version]=last")))
                .containsExactly(Taxii.stamp(v3));
        assertThat(modified(taxii.get(objects + "?match[id]=" + reportId + "&match[version]=first,last")))
                .containsExactly(Taxii.stamp(created), Taxii.stamp(v3));
        assertThat(modified(taxii.get(objects + "?match[id]=" + reportId + "&match[version]=" + Taxii.stamp(v2))))
                .containsExactly(Taxii.stamp(v2));
        assertThat(ids(taxii.get(objects + "?match[spec_version]=2.1"))).hasSize(3);
        assertThat(taxii.get(objects + "?match[spec_version]=2.0").expect(200).json().isEmpty()).isTrue();
        assertThat(taxii.get(objects + "?match[version]=yesterday").expect(400).json().get("description").asString())
                .contains("match[version]");

        Taxii.Response one = taxii.get(objects + reportId + "/").expect(200);
        assertThat(modified(one)).containsExactly(Taxii.stamp(v3));
        assertThat(modified(taxii.get(objects + reportId + "/?match[version]=all"))).hasSize(3);
        taxii.get(objects + "report--" + UUID.randomUUID() + "/").expect(404);

        Taxii.Response versions = taxii.get(objects + reportId + "/versions/").expect(200);
        assertThat(versions.json().get("versions")).extracting(JsonNode::asString)
                .containsExactly(Taxii.stamp(created), Taxii.stamp(v3), Taxii.stamp(v2));
        assertThat(versions.json().get("more").asBoolean()).isFalse();
        assertThat(versions.header("X-TAXII-Date-Added-First")).isNotNull();
        JsonNode firstVersion = taxii.get(objects + reportId + "/versions/?limit=1").expect(200).json();
        assertThat(firstVersion.get("versions")).hasSize(1);
        assertThat(firstVersion.get("more").asBoolean()).isTrue();
        JsonNode rest = taxii.get(objects + reportId + "/versions/?limit=5&next=" + firstVersion.get("next").asString())
                .expect(200).json();
        assertThat(rest.get("versions")).extracting(JsonNode::asString).containsExactly(Taxii.stamp(v3), Taxii.stamp(v2));

        JsonNode manifest = taxii.get(collection(partner.warnings()) + "manifest/?match[type]=report").expect(200)
                .json().get("objects");
        assertThat(manifest).hasSize(1);
        assertThat(manifest.get(0).get("id").asString()).isEqualTo(reportId);
        assertThat(manifest.get(0).get("version").asString()).isEqualTo(Taxii.stamp(v3));
        assertThat(manifest.get(0).get("media_type").asString()).isEqualTo("application/stix+json;version=2.1");
        assertThat(manifest.get(0).get("date_added").asString()).isNotBlank();
    }

    @Test
    void theRestOfForewarnMakesCollectionsOnceAndPublishesAllOrNothing() {
        Partner partner = partner();
        UUID readOnly = testUsers.partnerRecipient(Accounts.unique("Partner service"));
        Instant at = Instant.parse("2026-11-03T09:00:00.000Z");

        assertThat(collections.ensureCollectionsFor(partner.recipientId(), true)).extracting(TaxiiCollection::id)
                .containsExactly(partner.warnings(), partner.reporting());
        assertThat(collections.ensureCollectionsFor(partner.recipientId(), false)).hasSize(2);
        assertThat(collections.ensureCollectionsFor(readOnly, false)).extracting(TaxiiCollection::kind)
                .containsExactly(CollectionKind.WARNINGS_TO_PARTNER);
        assertThatThrownBy(() -> collections.ensureCollectionsFor(UUID.randomUUID(), true))
                .isInstanceOf(DomainException.class).hasMessageContaining("No recipient");

        JsonNode warning = report("report--" + UUID.randomUUID(), at, at, List.of("indicator--" + UUID.randomUUID()));
        Published published = collections.publishToRecipient(partner.recipientId(), List.of(warning));
        assertThat(published.collectionId()).isEqualTo(partner.warnings());
        assertThat(ids(as(partner.username()).get(collection(partner.warnings()) + "objects/")))
                .containsExactly(warning.get("id").asString());

        JsonNode fine = indicator(at, "fine");
        JsonNode broken = Taxii.JSON.valueToTree(Map.of("type", "indicator", "id", "indicator--x"));
        assertThatThrownBy(() -> collections.publish(partner.warnings(), List.of(fine, broken)))
                .isInstanceOf(DomainException.class);
        assertThat(ids(as(partner.username()).get(collection(partner.warnings()) + "objects/")))
                .containsExactly(warning.get("id").asString());
    }

    @Test
    void publishingTheSameVersionAgainChangesNothing() {
        Partner partner = partner();
        JsonNode indicator = indicator(Instant.parse("2026-11-03T08:00:00.000Z"), "once");

        Published first = collections.publish(partner.warnings(), List.of(indicator));
        Published again = collections.publish(partner.warnings(), List.of(indicator));

        assertThat(first.objects().get(0).added()).isTrue();
        assertThat(again.objects().get(0).added()).isFalse();
        assertThat(again.objects().get(0).dateAdded()).isEqualTo(first.objects().get(0).dateAdded());
        assertThat(ids(as(partner.username()).get(collection(partner.warnings()) + "objects/?match[version]=all")))
                .containsExactly(indicator.get("id").asString());
    }

    @Test
    void aPartnerReportsIntoItsWriteCollectionAndTheStatusSaysWhatWasTaken() {
        Partner partner = partner();
        Instant at = Instant.parse("2026-11-04T08:00:00.000Z");
        JsonNode sighting = indicator(at, "seen near the embassy");
        String reportId = "report--" + UUID.randomUUID();
        JsonNode report = report(reportId, at, at, List.of(sighting.get("id").asString()));
        Map<String, Object> invalid = Map.of("type", "report", "spec_version", "2.1", "id", "indicator--"
                + UUID.randomUUID(), "created", Taxii.stamp(at), "modified", Taxii.stamp(at));
        Map<String, Object> noVersion = Map.of("type", "report", "spec_version", "2.1", "id", "report--"
                + UUID.randomUUID());

        Taxii.Response accepted = as(partner.username()).post(collection(partner.reporting()) + "objects/",
                Map.of("objects", List.of(sighting, report, invalid, noVersion))).expect(202);

        JsonNode status = accepted.json();
        assertThat(accepted.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(status.get("status").asString()).isEqualTo("complete");
        assertThat(status.get("total_count").asInt()).isEqualTo(4);
        assertThat(status.get("success_count").asInt()).isEqualTo(2);
        assertThat(status.get("failure_count").asInt()).isEqualTo(2);
        assertThat(status.get("pending_count").asInt()).isZero();
        assertThat(status.get("successes")).extracting(s -> s.get("id").asString())
                .containsExactly(sighting.get("id").asString(), reportId);
        assertThat(status.get("successes").get(1).get("version").asString()).isEqualTo(Taxii.stamp(at));
        assertThat(status.get("failures").get(0).get("id").asString()).isEqualTo(invalid.get("id"));
        assertThat(status.get("failures").get(0).get("message").asString()).contains("id must be 'report--'");
        assertThat(status.get("failures").get(1).get("message").asString()).contains("created");
        JsonNode fetched = as(partner.username()).get(Taxii.ROOT + "status/" + status.get("id").asString() + "/")
                .expect(200).json();
        assertThat(fetched).isEqualTo(status);
        assertThat(ids(as(partner.username()).get(collection(partner.reporting()) + "objects/")))
                .containsExactly(sighting.get("id").asString(), reportId);
        assertThat(collections.objects(partner.reporting(), List.of(reportId))).extracting(o -> o.get("id").asString())
                .containsExactly(reportId);
        assertThat(recorded("ReportingReceived", partner.reporting())).hasSize(1).first().asString()
                .contains(reportId, sighting.get("id").asString(), partner.recipientId().toString());

        JsonNode repeated = as(partner.username()).post(collection(partner.reporting()) + "objects/",
                Map.of("objects", List.of(report))).expect(202).json();
        assertThat(repeated.get("success_count").asInt()).isEqualTo(1);
        assertThat(repeated.get("successes").get(0).get("message").asString()).contains("already");
        assertThat(recorded("ReportingReceived", partner.reporting())).hasSize(1);

        as(TestUsers.ANALYST).get(Taxii.ROOT + "status/" + status.get("id").asString() + "/").expect(200);
        as(partner().username()).get(Taxii.ROOT + "status/" + status.get("id").asString() + "/").expect(404);
    }

    @Test
    void nobodyButForewarnWritesIntoAWarningsCollection() {
        Partner partner = partner();
        Map<String, Object> envelope = Map.of("objects", List.of(indicator(Instant.now(), "planted")));

        Taxii.Response partnerRefused = as(partner.username()).post(collection(partner.warnings()) + "objects/",
                envelope).expect(403);
        as(TestUsers.ANALYST).post(collection(partner.warnings()) + "objects/", envelope).expect(403);
        as(TestUsers.ANALYST).post(collection(partner.reporting()) + "objects/", envelope).expect(403);

        assertThat(partnerRefused.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(partnerRefused.json().get("http_status").asString()).isEqualTo("403");
        assertThat(as(partner.username()).get(collection(partner.warnings()) + "objects/").expect(200).json().isEmpty())
                .isTrue();
    }

    @Test
    void aClientThatDoesNotSpeakTaxiiIsAnsweredInTaxiiAnyway() {
        Partner partner = partner();
        Taxii taxii = as(partner.username());
        String objects = collection(partner.reporting()) + "objects/";

        for (String accept : List.of("application/json", "application/taxii+json;version=2.0", "text/html")) {
            Taxii.Response refused = taxii.call(HttpMethod.GET, objects, accept, null, null);
            assertThat(refused.status()).as(accept).isEqualTo(406);
            assertThat(refused.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
            assertThat(refused.json().get("http_status").asString()).isEqualTo("406");
        }
        assertThat(taxii.call(HttpMethod.GET, objects, null, null, null).status()).isEqualTo(406);
        assertThat(taxii.call(HttpMethod.GET, objects, "application/taxii+json", null, null).status()).isEqualTo(200);
        assertThat(taxii.call(HttpMethod.POST, objects, Taxii.MEDIA_TYPE, "application/json", "{\"objects\": []}")
                .status()).isEqualTo(415);
        assertThat(taxii.call(HttpMethod.POST, objects, Taxii.MEDIA_TYPE, Taxii.MEDIA_TYPE, "not json").status())
                .isEqualTo(400);
        assertThat(taxii.call(HttpMethod.POST, objects, Taxii.MEDIA_TYPE, Taxii.MEDIA_TYPE, "{\"items\": []}")
                .status()).isEqualTo(400);

        Taxii.Response unknown = taxii.get(collection(UUID.randomUUID())).expect(404);
        assertThat(unknown.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(unknown.json().get("title").asString()).isEqualTo("Not found");
        assertThat(unknown.json().get("description").asString()).contains("No collection");
        assertThat(unknown.json().get("http_status").asString()).isEqualTo("404");
        assertThat(taxii.get(Taxii.ROOT + "collections/not-a-uuid/").status()).isEqualTo(404);
        assertThat(taxii.get(Taxii.ROOT + "nothing-here/").contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(taxii.get(objects + "?limit=0").status()).isEqualTo(400);
        assertThat(taxii.get(objects + "?added_after=yesterday").status()).isEqualTo(400);
        assertThat(taxii.get(objects + "?next=garbage").status()).isEqualTo(400);

        String tooLarge = "{\"objects\": [\"" + "x".repeat(2 * 1024 * 1024) + "\"]}";
        Taxii.Response refusedBody = taxii.call(HttpMethod.POST, objects, Taxii.MEDIA_TYPE, Taxii.MEDIA_TYPE, tooLarge);
        assertThat(refusedBody.status()).isEqualTo(413);
        assertThat(refusedBody.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
        assertThat(refusedBody.json().get("description").asString()).contains("max_content_length");

        Taxii.Response anonymous = as(null).get(Taxii.ROOT);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.contentType()).isEqualTo(Taxii.MEDIA_TYPE);
    }

    @Test
    void aPartnersFirstRetrievalOfEachObjectIsAnnouncedOnceAndStaffReadingIsNot() {
        Partner partner = partner();
        Instant at = Instant.parse("2026-11-05T08:00:00.000Z");
        JsonNode first = indicator(at, "first");
        JsonNode second = indicator(at, "second");
        collections.publish(partner.warnings(), List.of(first, second));
        String objects = collection(partner.warnings()) + "objects/";

        as(TestUsers.ANALYST).get(objects).expect(200);
        as(partner.username()).get(collection(partner.warnings()) + "manifest/").expect(200);
        assertThat(recorded("TaxiiObjectsRetrieved", partner.warnings())).isEmpty();

        as(partner.username()).get(objects + "?limit=1").expect(200);
        as(partner.username()).get(objects).expect(200);
        as(partner.username()).get(objects).expect(200);

        List<String> events = recorded("TaxiiObjectsRetrieved", partner.warnings());
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).contains(first.get("id").asString(), partner.username(),
                partner.recipientId().toString()).doesNotContain(second.get("id").asString());
        assertThat(events.get(1)).contains(second.get("id").asString()).doesNotContain(first.get("id").asString());
    }

    /** The payloads of the audit entries of this type about this collection, in chain order. */
    private List<String> recorded(String type, UUID collectionId) {
        return jdbc.sql("select payload from audit_log where event_type = :type and subject_id = :id order by sequence")
                .param("type", type).param("id", collectionId).query(String.class).list();
    }

    private static List<String> ids(Taxii.Response response) {
        List<String> ids = new ArrayList<>();
        response.expect(200).json().get("objects").forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }

    private static List<String> modified(Taxii.Response response) {
        List<String> modified = new ArrayList<>();
        response.expect(200).json().get("objects").forEach(o -> modified.add(o.get("modified").asString()));
        return modified;
    }
}
