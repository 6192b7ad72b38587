package org.forewarn.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.Tlp;

import tools.jackson.databind.JsonNode;

/**
 * Reads what a partner's STIX report says of the threat it would become: its name and description,
 * the threat actors it refers to, its confidence as Admiralty information credibility (STIX 2.1
 * Appendix A), and its TLP marking.
 */
final class ReportPrefill {

    /** TLP marking definitions: 2.0 (FIRST/OASIS extension) and 1.0 (STIX 2.1 section 7.2.1.4). */
    private static final Map<String, Tlp> TLP = Map.of(
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", Tlp.CLEAR,
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Tlp.GREEN,
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Tlp.AMBER,
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", Tlp.AMBER_STRICT,
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", Tlp.RED,
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);

    private ReportPrefill() {
    }

    static ThreatPrefill of(JsonNode report, JsonNode related, String feedName, SourceReliability reliability,
            Instant receivedAt) {
        String name = text(report, "name");
        String title = name == null || name.isBlank() ? "Reporting from " + feedName : name.strip();
        if (title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        String description = text(report, "description");
        String summary = (description == null || description.isBlank() ? "(The report has no description.)"
                : description.strip()) + "\n\nReported by " + feedName + " over TAXII: STIX report "
                + text(report, "id") + (text(report, "published") == null ? "" : ", published "
                + text(report, "published")) + ".";
        List<String> actors = new ArrayList<>();
        related.forEach(o -> {
            if ("threat-actor".equals(text(o, "type")) || "intrusion-set".equals(text(o, "type"))) {
                actors.add(text(o, "name"));
            }
        });
        return new ThreatPrefill(title, summary, actors.isEmpty() ? null : String.join(", ", actors), receivedAt,
                reliability, credibility(report), tlp(report));
    }

    /** STIX 2.1 Appendix A, Admiralty Credibility read backwards; no confidence cannot be judged. */
    static int credibility(JsonNode report) {
        if (!report.has("confidence") || !report.get("confidence").isNumber()) {
            return 6;
        }
        int c = report.get("confidence").asInt();
        return c >= 80 ? 1 : c >= 60 ? 2 : c >= 40 ? 3 : c >= 20 ? 4 : 5;
    }

    static Tlp tlp(JsonNode report) {
        if (report.has("object_marking_refs")) {
            for (JsonNode ref : report.get("object_marking_refs")) {
                Tlp tlp = TLP.get(ref.asString());
                if (tlp != null) {
                    return tlp;
                }
            }
        }
        return Tlp.AMBER;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && node.get(field).isString() ? node.get(field).asString() : null;
    }
}
