package org.forewarn.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The STIX 2.1 schema harness accepts hand-written valid objects and names what is wrong with broken ones. */
class StixSchemasTests {

    static final String TIME = "2024-03-22T20:00:00.000Z";

    static final String IDENTITY_ID = "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e";

    static final String ACTOR_ID = "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

    static final String OTHER_ACTOR_ID = "threat-actor--9a8a0d25-7636-429b-a99e-b2a73cd0f11f";

    static final String RELATIONSHIP_ID = "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad";

    static final String REPORT_ID = "report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3";

    static final String OPINION_ID = "opinion--b01efc25-77b4-4003-b18b-f6e24b5cd9f7";

    static final String NOTE_ID = "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061";

    static final String LOCATION_ID = "location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64";

    static final String BUNDLE_ID = "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d";

    static String identity() {
        return """
                {"type": "identity", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                 "name": "Forewarn", "identity_class": "organization"}
                """.formatted(IDENTITY_ID, TIME, TIME);
    }

    static String threatActor() {
        return """
                {"type": "threat-actor", "spec_version": "2.1", "id": "%s", "created_by_ref": "%s",
                 "created": "%s", "modified": "%s", "name": "Crocus", "threat_actor_types": ["criminal"],
                 "confidence": 70}
                """.formatted(ACTOR_ID, IDENTITY_ID, TIME, TIME);
    }

    static String relationship() {
        return """
                {"type": "relationship", "spec_version": "2.1", "id": "%s", "created_by_ref": "%s",
                 "created": "%s", "modified": "%s", "relationship_type": "attributed-to",
                 "source_ref": "%s", "target_ref": "%s"}
                """.formatted(RELATIONSHIP_ID, IDENTITY_ID, TIME, TIME, OTHER_ACTOR_ID, ACTOR_ID);
    }

    static String report() {
        return """
                {"type": "report", "spec_version": "2.1", "id": "%s", "created_by_ref": "%s",
                 "created": "%s", "modified": "%s", "name": "Crocus threat determination",
                 "description": "Why Crocus is assessed to threaten the recipient.", "report_types": ["threat-actor"],
                 "published": "%s", "object_refs": ["%s", "%s"], "confidence": 85}
                """.formatted(REPORT_ID, IDENTITY_ID, TIME, TIME, TIME, ACTOR_ID, RELATIONSHIP_ID);
    }

    static String opinion() {
        return """
                {"type": "opinion", "spec_version": "2.1", "id": "%s", "created_by_ref": "%s",
                 "created": "%s", "modified": "%s", "explanation": "The attribution is consistent with the evidence.",
                 "opinion": "agree", "object_refs": ["%s"]}
                """.formatted(OPINION_ID, IDENTITY_ID, TIME, TIME, RELATIONSHIP_ID);
    }

    static String note() {
        return """
                {"type": "note", "spec_version": "2.1", "id": "%s", "created_by_ref": "%s",
                 "created": "%s", "modified": "%s", "abstract": "Reviewer note",
                 "content": "Second source confirms the infrastructure overlap.", "object_refs": ["%s"]}
                """.formatted(NOTE_ID, IDENTITY_ID, TIME, TIME, REPORT_ID);
    }

    static String location() {
        return """
                {"type": "location", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                 "name": "Recipient office", "latitude": 48.8566, "longitude": 2.3522, "country": "FR"}
                """.formatted(LOCATION_ID, TIME, TIME);
    }

    static String bundle(String... objects) {
        return """
                {"type": "bundle", "id": "%s", "objects": [%s]}
                """.formatted(BUNDLE_ID, String.join(",", objects));
    }

    static List<String> validSamples() {
        return List.of(report(), threatActor(), identity(), relationship(), opinion(), note(), location());
    }

    @Test
    void handWrittenSamplesOfEveryTypeForewarnEmitsAreValid() {
        for (String sample : validSamples()) {
            assertThat(StixSchemas.problems(sample)).as(sample).isEmpty();
            StixSchemas.assertValid(sample);
        }
    }

    @Test
    void aBundleOfValidObjectsIsValid() {
        String bundle = bundle(validSamples().toArray(String[]::new));
        assertThat(StixSchemas.problems(bundle)).isEmpty();
        StixSchemas.assertValid(bundle);
    }

    @Test
    void theBundleSchemaIsStillAppliedToTheTypesItLists() {
        assertThat(StixSchemas.bundleListedTypes())
                .contains("report", "threat-actor", "identity", "relationship", "marking-definition", "ipv4-addr")
                .doesNotContain("opinion", "note", "location");
        String badReport = report().replace("\"report_types\": [\"threat-actor\"]", "\"report_types\": []");
        List<String> alone = StixSchemas.problems(badReport);
        assertThat(alone).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith("/report_types: "));
        assertThat(alone).anySatisfy(problem -> assertThat(problem)
                .contains("at least 1 items")
                .contains("minItems at /allOf/1/properties/report_types/minItems"));
        List<String> inBundle = StixSchemas.problems(bundle(identity(), badReport));
        assertThat(inBundle.get(0)).startsWith(REPORT_ID + ": does not match the bundle schema's objects (");
        assertThat(inBundle.subList(1, inBundle.size()))
                .isEqualTo(alone.stream().map(problem -> REPORT_ID + ": " + problem).toList());
    }

    @Test
    void aMissingSpecVersionIsNamed() {
        String report = report().replace("\"spec_version\": \"2.1\", ", "");
        assertThat(report).doesNotContain("spec_version");
        assertThat(StixSchemas.problems(report)).anySatisfy(problem -> assertThat(problem)
                .contains("spec_version")
                .contains("required"));
    }

    @Test
    void anIdThatIsNotTypeDashDashUuidIsNamed() {
        String report = report().replace(REPORT_ID, "report--not-a-uuid");
        assertThat(StixSchemas.problems(report)).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                .startsWith("/id: "));
        assertThat(StixSchemas.problems(report)).anySatisfy(problem -> assertThat(problem)
                .contains("pattern"));
    }

    @Test
    void anOpinionOutsideTheEnumerationIsNamed() {
        String opinion = opinion().replace("\"opinion\": \"agree\"", "\"opinion\": \"probably\"");
        assertThat(StixSchemas.problems(opinion)).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith("/opinion: ")
                .contains("enum"));
    }

    @Test
    void aConfidenceAboveOneHundredIsNamed() {
        String report = report().replace("\"confidence\": 85", "\"confidence\": 101");
        assertThat(StixSchemas.problems(report)).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith("/confidence: ")
                .contains("100")
                .contains("maximum"));
    }

    @Test
    void aBundleWithAnInvalidObjectNamesThatObject() {
        String badActor = threatActor().replace("\"confidence\": 70", "\"confidence\": 101");
        String bundle = bundle(identity(), badActor, report());
        List<String> problems = StixSchemas.problems(bundle);
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith(ACTOR_ID + ": "));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .startsWith(ACTOR_ID + ": /confidence: ")
                .contains("maximum"));
        assertThatThrownBy(() -> StixSchemas.assertValid(bundle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ACTOR_ID + ": /confidence: ");
    }

    @Test
    void aBundleWithAnObjectOfUnknownTypeNamesThatObject() {
        String unknown = """
                {"type": "x-forewarn-warning", "spec_version": "2.1",
                 "id": "x-forewarn-warning--1f0c2a5e-3b55-4b1a-9a4e-1b2c3d4e5f60", "created": "%s", "modified": "%s"}
                """.formatted(TIME, TIME);
        assertThat(StixSchemas.problems(bundle(identity(), unknown))).containsExactly(
                "x-forewarn-warning--1f0c2a5e-3b55-4b1a-9a4e-1b2c3d4e5f60: unknown STIX type 'x-forewarn-warning': "
                        + "no OASIS STIX 2.1 schema for it");
    }

    @Test
    void anUnknownTypeIsAProblem() {
        String unknown = identity().replace("\"type\": \"identity\"", "\"type\": \"warning\"");
        assertThat(StixSchemas.problems(unknown)).containsExactly(
                "unknown STIX type 'warning': no OASIS STIX 2.1 schema for it");
        assertThatThrownBy(() -> StixSchemas.assertValid(unknown))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unknown STIX type 'warning'");
        assertThat(StixSchemas.problems("{\"id\": \"x\"}")).singleElement().asString().contains("'type'");
        assertThat(StixSchemas.problems("[]")).containsExactly("not a JSON object");
        assertThat(StixSchemas.problems("{")).singleElement().asString().startsWith("not JSON");
    }

    @Test
    void typesMapOntoTheirSchemaFiles() {
        assertThat(StixSchemas.schemaPathOf("report")).isEqualTo("sdos/report.json");
        assertThat(StixSchemas.schemaPathOf("relationship")).isEqualTo("sros/relationship.json");
        assertThat(StixSchemas.schemaPathOf("sighting")).isEqualTo("sros/sighting.json");
        assertThat(StixSchemas.schemaPathOf("bundle")).isEqualTo("common/bundle.json");
        assertThat(StixSchemas.schemaPathOf("marking-definition")).isEqualTo("common/marking-definition.json");
        assertThat(StixSchemas.schemaPathOf("extension-definition")).isEqualTo("common/extension-definition.json");
        assertThat(StixSchemas.schemaPathOf("ipv4-addr")).isEqualTo("observables/ipv4-addr.json");
        assertThat(StixSchemas.schemaPathOf("core")).isNull();
        assertThat(StixSchemas.schemaPathOf("identifier")).isNull();
        assertThat(StixSchemas.schemaPathOf("../common/core")).isNull();
    }

    /**
     * Compiling every schema resolves every {@code $ref}; remote fetching is off, so a reference that the
     * classpath copy cannot satisfy fails here instead of reaching the network.
     */
    @Test
    void everyCopiedSchemaCompilesFromTheClasspathAlone() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("stix2/schemas").toURI());
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".json"))
                    .forEach(file -> paths.add(root.relativize(file).toString().replace('\\', '/')));
        }
        assertThat(paths).hasSize(57).contains("sdos/report.json", "common/bundle.json", "observables/file.json");
        for (String path : paths) {
            assertThat(StixSchemas.schema(path).getId()).as(path).isEqualTo(StixSchemas.SCHEMA_ID_PREFIX + path);
        }
    }
}
