package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A delivered warning leaves as a MISP event, and a feed of such events indexes them as MISP reads them. */
class MispEventTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WarningMisp misp;
    @Autowired
    MispFeed feed;

    private WarningStixTests.WarningExchangeSteps steps() {
        return new WarningStixTests.WarningExchangeSteps(api);
    }

    private static List<String> tags(JsonNode event) {
        List<String> tags = new ArrayList<>();
        event.get("Event").get("Tag").forEach(t -> tags.add(t.get("name").asString()));
        return tags;
    }

    private static JsonNode attribute(JsonNode event, String type, String value) {
        List<JsonNode> found = new ArrayList<>();
        event.get("Event").get("Attribute").forEach(a -> {
            if (a.get("type").asString().equals(type) && a.get("value").asString().equals(value)) {
                found.add(a);
            }
        });
        assertThat(found).as("%s attribute %s in %s", type, value, event).hasSize(1);
        return found.get(0);
    }

    private static List<String> attributeTypes(JsonNode event) {
        List<String> types = new ArrayList<>();
        event.get("Event").get("Attribute").forEach(a -> types.add(a.get("type").asString()));
        return types;
    }

    /** Lower-case hex MD5 of the UTF-8 text: computed here, not by the code under test. */
    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** md5 of each attribute value, then the event uuid. */
    private static List<String> expectedHashLines(JsonNode event) throws Exception {
        List<String> lines = new ArrayList<>();
        String uuid = event.get("Event").get("uuid").asString();
        for (JsonNode a : event.get("Event").get("Attribute")) {
            lines.add(md5(a.get("value").asString()) + "," + uuid);
        }
        return lines;
    }

    @Test
    void deliveredWarningIsAnEventTaggedWithItsGradingAndMarkingAndItsSharedFacetsAsAttributes() {
        String threat = steps().threat(Map.of());
        UUID warning = UUID.fromString(steps().delivered(threat));

        JsonNode event = misp.event(warning);

        JsonNode e = event.get("Event");
        assertThat(e.get("uuid").asString()).isEqualTo(WarningMisp.eventUuid(warning).toString());
        assertThat(e.get("info").asString()).contains("W-" + warning.toString().substring(0, 8).toUpperCase());
        assertThat(e.get("published").asBoolean()).isTrue();
        assertThat(e.get("threat_level_id").asString()).isEqualTo("1");
        assertThat(e.get("analysis").asString()).isEqualTo("2");
        JsonNode view = api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).json();
        Instant delivered = Instant.parse(view.get("deliveredAt").asString());
        assertThat(e.get("timestamp").asString()).isEqualTo(Long.toString(delivered.getEpochSecond()));
        assertThat(e.get("publish_timestamp").asString()).isEqualTo(e.get("timestamp").asString());
        assertThat(e.get("date").asString()).isEqualTo(delivered.toString().substring(0, 10));
        assertThat(e.get("Orgc").get("name").asString()).isNotBlank();
        assertThat(UUID.fromString(e.get("Orgc").get("uuid").asString())).isNotNull();
        assertThat(tags(event)).containsExactlyInAnyOrder("tlp:red", "admiralty-scale:source-reliability=\"b\"",
                "admiralty-scale:information-credibility=\"2\"");

        assertThat(attribute(event, "text", Fixtures.CLEAN_TEXT).get("category").asString()).isEqualTo("Other");
        assertThat(attribute(event, "threat-actor", WarningStixTests.ACTOR).get("category").asString())
                .isEqualTo("Attribution");
        assertThat(attribute(event, "target-org", "Crocus City Hall").get("category").asString())
                .isEqualTo("Targeting data");
        assertThat(attribute(event, "target-location", "Krasnogorsk, Moscow Oblast, Russia").get("comment").asString())
                .contains("55.8254", "37.3886");
        attribute(event, "target-location", "Moscow and Moscow Oblast");
        attribute(event, "datetime", "2024-03-05T21:00:00.000Z");
        attribute(event, "datetime", "2024-03-31T20:59:59.000Z");
        e.get("Attribute").forEach(a -> {
            assertThat(a.get("to_ids").asBoolean()).as("nothing here is a detection pattern").isFalse();
            assertThat(UUID.fromString(a.get("uuid").asString())).isNotNull();
        });
        assertThat(event.toString()).as("the method is withheld; protected details never leave")
                .doesNotContain(WarningStixTests.METHOD, "NIGHTJAR", "CELL-7", "placeholder", "how it was learned");

        JsonNode again = misp.event(warning);
        assertThat(again).as("the same event, uuids and all, every time").isEqualTo(event);
    }

    @Test
    void withheldFacetsAreNotAttributesAndTheMarkingFollowsTheCase() {
        String threat = steps().threat(Map.of("tlp", "TLP:AMBER+STRICT", "sourceReliability", "C",
                "informationCredibility", 3));
        UUID warning = UUID.fromString(steps().deliver(steps().draft(threat, Map.of("actor", "WITHHELD",
                        "target", "SHARED", "place", "WITHHELD", "time", "WITHHELD", "method", "WITHHELD"),
                Map.of("actor", "Protects the reporting.", "place", "Protects the source.",
                        "time", "Protects the source.", "method", "Protects the method."))));

        JsonNode event = misp.event(warning);

        assertThat(tags(event)).containsExactlyInAnyOrder("tlp:amber+strict",
                "admiralty-scale:source-reliability=\"c\"", "admiralty-scale:information-credibility=\"3\"");
        assertThat(attributeTypes(event)).containsExactlyInAnyOrder("text", "target-org");
        assertThat(event.toString()).doesNotContain("ISIS-K", "Krasnogorsk, Moscow Oblast", "Moscow and Moscow Oblast",
                "NIGHTJAR", "Protects");
    }

    @Test
    void feedIndexesEachDeliveredEventAndLeavesOutWhatIsNotDelivered() throws Exception {
        String threat = steps().threat(Map.of());
        UUID first = UUID.fromString(steps().delivered(threat));
        UUID second = UUID.fromString(steps().delivered(threat));
        UUID draft = UUID.fromString(steps().draft(threat));

        MispFeed.Feed files = feed.of(List.of(first, draft, second));

        assertThat(files.left()).containsExactly(draft);
        String firstFile = WarningMisp.eventUuid(first) + ".json";
        String secondFile = WarningMisp.eventUuid(second) + ".json";
        assertThat(files.events().keySet()).containsExactly(firstFile, secondFile);
        assertThat(files.files().keySet()).containsExactly("manifest.json", "hashes.csv", firstFile, secondFile);

        JsonNode manifest = JSON.readTree(files.manifest());
        List<String> expectedHashes = new ArrayList<>();
        for (String file : List.of(firstFile, secondFile)) {
            JsonNode event = JSON.readTree(files.events().get(file));
            JsonNode e = event.get("Event");
            JsonNode entry = manifest.get(e.get("uuid").asString());
            assertThat(entry).as("manifest entry of %s", file).isNotNull();
            for (String field : List.of("info", "date", "timestamp", "Orgc", "Tag", "analysis", "threat_level_id")) {
                assertThat(entry.get(field)).as(field).isEqualTo(e.get(field));
            }
            expectedHashes.addAll(expectedHashLines(event));
        }
        assertThat(manifest.size()).isEqualTo(2);
        assertThat(files.hashes().lines().toList()).isEqualTo(expectedHashes);
        assertThat(files.hashes()).contains(md5(Fixtures.CLEAN_TEXT) + "," + WarningMisp.eventUuid(first));

        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> feed.of(List.of(first, unknown))).as("an unknown warning is a mistake, not a gap")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void compositeValuesAreHashedPartByPartAsMispDoes() throws Exception {
        JsonNode event = JSON.readTree("""
                {"Event": {"uuid": "5f0c1f6e-0000-4000-8000-000000000001", "Attribute": [
                  {"type": "filename|md5", "value": "a.exe|0cc175b9c0f1b6a831c399e269772661"},
                  {"type": "text", "value": "one|two"}]}}""");

        List<String> lines = WarningMisp.hashLines(event);

        String uuid = "5f0c1f6e-0000-4000-8000-000000000001";
        assertThat(lines).containsExactly(md5("a.exe") + "," + uuid,
                md5("0cc175b9c0f1b6a831c399e269772661") + "," + uuid, md5("one|two") + "," + uuid);
    }

    @Test
    void undeliveredWarningIsNotAnEvent() {
        String threat = steps().threat(Map.of());
        String draft = steps().draft(threat);

        assertThatThrownBy(() -> misp.event(UUID.fromString(draft)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(DomainException.Kind.CONFLICT));
    }
}
