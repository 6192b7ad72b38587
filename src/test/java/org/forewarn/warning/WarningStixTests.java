package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.Stix;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.StixSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** A delivered warning leaves as a valid STIX 2.1 bundle of what it released, and nothing it withheld. */
class WarningStixTests extends IntegrationTest {

    static final String RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
    static final String AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    static final String TLP_2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    @Autowired
    WarningStix stix;
    @Autowired
    WarningMisp misp;
    @Autowired
    MispFeed feed;
    @Autowired
    JdbcClient jdbc;

    /** The threat's values the fixtures put in, which a bundle may carry only when their facet is shared. */
    static final String ACTOR = "Islamic State (ISIS-K)";
    static final String METHOD = "armed assault on a crowded venue";

    record WarningExchangeSteps(org.forewarn.testing.Api api) {

        String threat(Map<String, Object> changes) {
            Map<String, Object> t = Fixtures.threat();
            t.putAll(changes);
            String threat = api.as(ANALYST).post("/api/v1/threats", t).expect(201).id();
            String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                    Fixtures.dutyToWarn()).expect(201).id();
            api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval",
                    Map.of("decision", "APPROVE")).expect(200);
            return threat;
        }

        /** A warning to an ally by liaison hand-over, drafted with these facets, not yet sent. */
        String draft(String threat, Map<String, Object> facets, Map<String, String> reasons) {
            String recipient = new Cases(api).recipient("ALLY", Fixtures.liaisonChannel());
            Map<String, Object> w = Fixtures.warning(recipient, "LIAISON", Fixtures.CLEAN_TEXT);
            w.put("facets", facets);
            w.put("withheldReasons", reasons);
            return api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings", w).expect(201).id();
        }

        /** Handed over by the liaison officer: delivered, with its receipt. */
        String deliver(String warning) {
            api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of()).expect(200);
            assertThat(api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).text("state"))
                    .isEqualTo("DELIVERED");
            return warning;
        }

        /** The fixtures' warning, drafted: actor, target, place and time shared, the method withheld. */
        String draft(String threat) {
            return draft(threat, Map.of("actor", "SHARED", "target", "SHARED", "place", "SHARED",
                    "time", "SHARED", "method", "WITHHELD"), Map.of("method", "Would reveal how it was learned."));
        }

        /** The fixtures' warning, delivered. */
        String delivered(String threat) {
            return deliver(draft(threat));
        }
    }

    private WarningExchangeSteps steps() {
        return new WarningExchangeSteps(api);
    }

    static List<JsonNode> objects(JsonNode bundle, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if (which.test(o)) {
                found.add(o);
            }
        });
        return found;
    }

    static Predicate<JsonNode> type(String type) {
        return o -> o.get("type").asString().equals(type);
    }

    static JsonNode one(JsonNode bundle, String type) {
        List<JsonNode> found = objects(bundle, type(type));
        assertThat(found).as("objects of type %s", type).hasSize(1);
        return found.get(0);
    }

    static JsonNode byId(JsonNode bundle, String id) {
        List<JsonNode> found = objects(bundle, o -> o.get("id").asString().equals(id));
        assertThat(found).as("object %s", id).hasSize(1);
        return found.get(0);
    }

    static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    @Test
    void deliveredWarningIsAValidReportOfItsTextWithTheFacetsItShares() {
        String threat = steps().threat(Map.of());
        String warning = steps().delivered(threat);

        JsonNode bundle = stix.bundle(UUID.fromString(warning));

        StixSchemas.assertValid(bundle.toString());
        JsonNode report = one(bundle, "report");
        assertThat(report.get("id").asString()).isEqualTo(WarningStix.reportId(UUID.fromString(warning)));
        assertThat(report.get("description").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(report.get("name").asString()).contains("W-" + warning.substring(0, 8).toUpperCase());
        assertThat(values(report.get("report_types"))).containsExactly("threat-report");
        assertThat(report.get("confidence").asInt()).as("B2: information probably true").isEqualTo(70);
        JsonNode view = api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).json();
        assertThat(report.get("published").asString())
                .isEqualTo(Stix.time(Instant.parse(view.get("deliveredAt").asString())));
        assertThat(values(report.get("labels"))).contains("admiralty-scale:source-reliability=\"b\"",
                "admiralty-scale:information-credibility=\"2\"");

        JsonNode actor = one(bundle, "threat-actor");
        assertThat(actor.get("name").asString()).isEqualTo(ACTOR);
        List<String> identities = objects(bundle, type("identity")).stream().map(i -> i.get("name").asString())
                .toList();
        assertThat(identities).contains("Crocus City Hall").anyMatch(n -> n.startsWith("Recipient "));
        JsonNode venue = objects(bundle, o -> type("identity").test(o) && o.get("name").asString()
                .equals("Crocus City Hall")).get(0);
        List<JsonNode> locations = objects(bundle, type("location"));
        JsonNode crocusPlace = locations.stream().filter(l -> l.path("latitude").asDouble() == 55.8254).findFirst()
                .orElseThrow();
        assertThat(crocusPlace.get("longitude").asDouble()).isEqualTo(37.3886);
        assertThat(crocusPlace.get("name").asString()).isEqualTo("Krasnogorsk, Moscow Oblast, Russia");
        JsonNode area = locations.stream().filter(l -> l.path("name").asString().equals("Moscow and Moscow Oblast"))
                .findFirst().orElseThrow();
        assertThat(area.get("latitude").asDouble()).isBetween(55.49, 55.96);
        assertThat(area.get("precision").asDouble()).as("reaches the corners of the area").isGreaterThan(20_000);

        List<JsonNode> relationships = objects(bundle, type("relationship"));
        assertThat(relationships).anyMatch(r -> r.get("relationship_type").asString().equals("targets")
                && r.get("source_ref").asString().equals(actor.get("id").asString())
                && r.get("target_ref").asString().equals(venue.get("id").asString()));
        assertThat(relationships).anyMatch(r -> r.get("relationship_type").asString().equals("targets")
                && r.get("target_ref").asString().equals(area.get("id").asString()));
        assertThat(relationships).anyMatch(r -> r.get("relationship_type").asString().equals("located-at")
                && r.get("source_ref").asString().equals(venue.get("id").asString())
                && r.get("target_ref").asString().equals(crocusPlace.get("id").asString()));
        assertThat(one(bundle, "note").get("content").asString()).as("the time window, shared")
                .contains("2024-03-05T21:00:00.000Z", "2024-03-31T20:59:59.000Z");
        assertThat(objects(bundle, type("indicator"))).as("a warning carries no indicators").isEmpty();

        // The report refers to everything else; everything is marked TLP:RED as the case is.
        Set<String> ids = new HashSet<>();
        bundle.get("objects").forEach(o -> ids.add(o.get("id").asString()));
        Set<String> expected = new HashSet<>(ids);
        expected.removeAll(Set.of(RED, report.get("id").asString()));
        assertThat(new HashSet<>(values(report.get("object_refs")))).isEqualTo(expected);
        bundle.get("objects").forEach(o -> {
            if (!o.get("type").asString().equals("marking-definition")) {
                assertThat(values(o.get("object_marking_refs"))).as(o.get("id").asString()).containsExactly(RED);
            }
        });
        JsonNode marking = byId(bundle, RED);
        assertThat(marking.get("extensions").get(TLP_2_EXTENSION).get("tlp_2_0").asString()).isEqualTo("red");
    }

    @Test
    void withheldFacetsAndProtectedDetailsStayOut() {
        String threat = steps().threat(Map.of());
        String warning = steps().deliver(steps().draft(threat, Map.of("actor", "WITHHELD", "target", "SHARED",
                        "place", "WITHHELD", "time", "WITHHELD", "method", "WITHHELD"),
                Map.of("actor", "Naming the cell would expose the reporting.", "place", "Protects the source.",
                        "time", "Protects the source.", "method", "Protects the method.")));

        JsonNode bundle = stix.bundle(UUID.fromString(warning));

        StixSchemas.assertValid(bundle.toString());
        String json = bundle.toString();
        assertThat(objects(bundle, type("threat-actor"))).isEmpty();
        assertThat(objects(bundle, type("location"))).isEmpty();
        assertThat(objects(bundle, type("note"))).as("no time window").isEmpty();
        assertThat(objects(bundle, type("attack-pattern"))).isEmpty();
        assertThat(objects(bundle, type("relationship"))).as("nothing to relate without actor or places").isEmpty();
        assertThat(json).contains("Crocus City Hall")
                .doesNotContain("ISIS-K", METHOD, "Krasnogorsk, Moscow Oblast", "Moscow and Moscow Oblast",
                        "NIGHTJAR", "CELL-7", "placeholder", "expose the reporting", "Protects the");
    }

    @Test
    void sharedValueThatRevealsAProtectedTermIsLeftOut() {
        String threat = steps().threat(Map.of("targets", List.of(
                Map.of("name", "Crocus City Hall", "kind", "VENUE", "place", "Krasnogorsk, Moscow Oblast, Russia",
                        "lat", 55.8254, "lon", 37.3886, "country", "RU"),
                Map.of("name", "Safe house from the NIGHTJAR reporting", "kind", "OTHER"))));
        String warning = steps().deliver(steps().draft(threat, Map.of("actor", "SHARED", "target", "SHARED",
                "place", "SHARED", "time", "SHARED", "method", "SHARED"), Map.of()));

        JsonNode bundle = stix.bundle(UUID.fromString(warning));

        StixSchemas.assertValid(bundle.toString());
        assertThat(bundle.toString()).contains("Crocus City Hall").doesNotContain("NIGHTJAR", "Safe house");
        assertThat(one(bundle, "attack-pattern").get("name").asString()).as("the method, shared").isEqualTo(METHOD);
        assertThat(objects(bundle, type("location"))).anyMatch(l -> l.path("country").asString().equals("RU"));
        assertThat(objects(bundle, type("relationship"))).anyMatch(r -> r.get("relationship_type").asString()
                .equals("uses"));
    }

    /** A term the case protects from now on, as if its protected details had been extended after delivery. */
    private void protectFromNowOn(String threat, String term) {
        int updated = jdbc.sql("update threats set protected_details = jsonb_set(protected_details, "
                        + "'{protectedTerms}', coalesce(protected_details->'protectedTerms', '[]'::jsonb) "
                        + "|| to_jsonb(cast(:term as text))) where id = :id")
                .param("term", term).param("id", UUID.fromString(threat)).update();
        assertThat(updated).isEqualTo(1);
    }

    @Test
    void termProtectedAfterDeliveryKeepsOutWhatRevealsIt() {
        String threat = steps().threat(Map.of());
        UUID warning = UUID.fromString(steps().delivered(threat));
        assertThat(objects(stix.bundle(warning), type("threat-actor"))).hasSize(1);

        protectFromNowOn(threat, "ISIS-K");
        JsonNode bundle = stix.bundle(warning);

        StixSchemas.assertValid(bundle.toString());
        assertThat(objects(bundle, type("threat-actor"))).as("the actor's name reveals it now").isEmpty();
        assertThat(bundle.toString()).doesNotContain("ISIS-K").contains("Crocus City Hall");
        assertThat(misp.event(warning).toString()).doesNotContain("ISIS-K");

        protectFromNowOn(threat, "synagogue");
        for (Runnable export : List.<Runnable>of(() -> stix.bundle(warning), () -> misp.event(warning))) {
            assertThatThrownBy(export::run).as("the delivered text itself reveals it now")
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
                        assertThat(e.type()).isEqualTo("protected-content");
                        assertThat(e.getMessage()).doesNotContain("synagogue");
                    });
        }
        MispFeed.Feed files = feed.of(List.of(warning));
        assertThat(files.left()).as("a feed leaves it out").containsExactly(warning);
        assertThat(files.events()).isEmpty();
        assertThat(files.hashes()).isEmpty();
    }

    @Test
    void idsAreTheSameInEveryExportOfTheWarning() {
        String threat = steps().threat(Map.of());
        UUID warning = UUID.fromString(steps().delivered(threat));

        JsonNode first = stix.bundle(warning);
        JsonNode again = stix.bundle(warning);

        assertThat(again.get("id").asString()).as("a bundle is a transport").isNotEqualTo(first.get("id").asString());
        assertThat(again.get("objects")).isEqualTo(first.get("objects"));
        assertThat(values(one(first, "report").get("object_refs"))).hasSizeGreaterThan(5);
        // Another warning on the same case is another report, with its own objects.
        UUID other = UUID.fromString(steps().delivered(threat));
        JsonNode second = stix.bundle(other);
        assertThat(one(second, "report").get("id").asString()).isNotEqualTo(one(first, "report").get("id").asString());
        assertThat(one(second, "threat-actor").get("id").asString())
                .isNotEqualTo(one(first, "threat-actor").get("id").asString());
    }

    @Test
    void markingFollowsTheCaseTlp() {
        String threat = steps().threat(Map.of("tlp", "TLP:AMBER+STRICT", "informationCredibility", 6));
        JsonNode bundle = stix.bundle(UUID.fromString(steps().delivered(threat)));

        StixSchemas.assertValid(bundle.toString());
        assertThat(byId(bundle, AMBER_STRICT).get("extensions").get(TLP_2_EXTENSION).get("tlp_2_0").asString())
                .isEqualTo("amber+strict");
        assertThat(objects(bundle, o -> o.has("object_marking_refs")))
                .allMatch(o -> values(o.get("object_marking_refs")).equals(List.of(AMBER_STRICT)));
        assertThat(bundle.toString()).doesNotContain(RED);
        assertThat(one(bundle, "report").has("confidence")).as("6: truth cannot be judged").isFalse();
    }

    @Test
    void undeliveredWarningIsNotExported() {
        String threat = steps().threat(Map.of());
        String draft = steps().draft(threat);

        assertThatThrownBy(() -> stix.bundle(UUID.fromString(draft)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("DRAFT", "only a delivered warning");
                });
    }
}
