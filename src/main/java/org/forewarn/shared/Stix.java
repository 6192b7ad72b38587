package org.forewarn.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every STIX 2.1 export of Forewarn agrees on, whichever module writes it: the TLP 2.0 markings,
 * the timestamp format, Forewarn's own identity, and confidence from an Admiralty grading. TLP is
 * named here by its label ({@code TLP:AMBER+STRICT}), so that this module needs no other.
 */
public final class Stix {

    /** The STIX 2.1 media type (STIX 2.1, section 1.6). */
    public static final String MEDIA_TYPE = "application/stix+json;version=2.1";

    /** TLP 2.0 in STIX: the extension definition of FIRST's TLP 2.0 marking definitions. */
    public static final String TLP_2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static final Map<String, String> TLP_MARKINGS = Map.of(
            "TLP:CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            "TLP:GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            "TLP:AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            "TLP:AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            "TLP:RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    private static final Instant TLP_2_PUBLISHED = Instant.parse("2022-10-01T00:00:00Z");

    /** Forewarn's own identity is the same in every export: a fixed creation time keeps it one version. */
    public static final Instant OWN_IDENTITY_CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Stix() {
    }

    /** A STIX timestamp: UTC, to the millisecond. */
    public static String time(Instant instant) {
        return STIX_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The id of FIRST's TLP 2.0 marking definition for a label such as {@code TLP:AMBER}. */
    public static String tlpMarking(String tlpLabel) {
        String id = TLP_MARKINGS.get(tlpLabel);
        if (id == null) {
            throw new IllegalArgumentException("not a TLP 2.0 label: " + tlpLabel);
        }
        return id;
    }

    /** The TLP 2.0 marking definition itself, to include in a bundle that refers to it. */
    public static ObjectNode tlpMarkingDefinition(String tlpLabel) {
        ObjectNode definition = JSON.createObjectNode();
        definition.put("type", "marking-definition");
        definition.put("spec_version", "2.1");
        definition.put("id", tlpMarking(tlpLabel));
        definition.put("created", time(TLP_2_PUBLISHED));
        definition.put("name", tlpLabel);
        ObjectNode extension = definition.putObject("extensions").putObject(TLP_2_EXTENSION);
        extension.put("extension_type", "property-extension");
        extension.put("tlp_2_0", tlpLabel.substring("TLP:".length()).toLowerCase(Locale.ROOT));
        return definition;
    }

    /** The id of the organisation running Forewarn as a STIX identity: the same in every export. */
    public static String ownIdentity(String organization) {
        return StixId.of("identity", "organization:" + organization);
    }

    /**
     * An Admiralty information credibility (1-6) as STIX {@code confidence}, on the Admiralty Credibility
     * scale of STIX 2.1 Appendix A: 1 confirmed 90, 2 probably true 70, 3 possibly true 50, 4 doubtful 30,
     * 5 improbable 10; 6 (truth cannot be judged) gives none.
     */
    public static OptionalInt confidenceOfInformationCredibility(int credibility) {
        return switch (credibility) {
            case 1 -> OptionalInt.of(90);
            case 2 -> OptionalInt.of(70);
            case 3 -> OptionalInt.of(50);
            case 4 -> OptionalInt.of(30);
            case 5 -> OptionalInt.of(10);
            case 6 -> OptionalInt.empty();
            default -> throw new IllegalArgumentException("information credibility is 1 to 6, not " + credibility);
        };
    }
}
