package org.forewarn.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.StixSchemas;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What an object posted to a collection must be to be stored, and what it is told when it is not. */
class StixObjectCheckTests {

    private static final Instant AT = Instant.parse("2026-11-07T08:00:00.000Z");

    private static Map<String, Object> indicator() {
        JsonNode valid = Taxii.indicator("indicator--" + UUID.randomUUID(), AT, AT.plusSeconds(60), "x");
        return new LinkedHashMap<>(Taxii.JSON.convertValue(valid, Map.class));
    }

    private static StixObjectCheck.Outcome check(Map<String, Object> object) {
        return StixObjectCheck.check(Taxii.JSON.valueToTree(object));
    }

    @Test
    void aDomainObjectIsVersionedByItsModifiedTimestamp() {
        Map<String, Object> indicator = indicator();

        StixObjectCheck.Outcome outcome = check(indicator);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.checked().id()).isEqualTo(indicator.get("id"));
        assertThat(outcome.checked().version()).isEqualTo(Taxii.stamp(AT.plusSeconds(60)));
        assertThat(outcome.checked().versionAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("type", "type must be");
        problems.put("id", "id must be 'indicator--' followed by a UUID");
        problems.put("spec_version", "spec_version must be \"2.1\"");
        problems.put("created", "created must be an RFC 3339 timestamp");
        problems.put("modified", "modified must be an RFC 3339 timestamp");
        Map<String, Object> wrongValues = Map.of("type", "Indicator!", "id", "indicator--not-a-uuid",
                "spec_version", "2.0", "created", "7 November 2026", "modified", "2026-11-07T08:00:00+01:00");

        problems.forEach((field, problem) -> {
            Map<String, Object> object = indicator();
            object.put(field, wrongValues.get(field));
            assertThat(check(object).problem()).as(field).startsWith(problem);
            object.remove(field);
            assertThat(check(object).ok()).as(field + " missing").isFalse();
        });
        Map<String, Object> backwards = indicator();
        backwards.put("modified", Taxii.stamp(AT.minusSeconds(1)));
        assertThat(check(backwards).problem()).isEqualTo("modified must not be before created");
        Map<String, Object> otherType = indicator();
        otherType.put("id", "malware--" + UUID.randomUUID());
        assertThat(check(otherType).problem()).startsWith("id must be 'indicator--'");
        assertThat(check(otherType).id()).startsWith("malware--");
        assertThat(StixObjectCheck.check(Taxii.JSON.readTree("[1, 2]")).problem()).isEqualTo("is not a JSON object");
    }

    @Test
    void anObservableNeedsNoTimestampsAndAMarkingDefinitionOnlyItsCreation() {
        Map<String, Object> ipv4 = Map.of("type", "ipv4-addr", "spec_version", "2.1",
                "id", "ipv4-addr--" + UUID.randomUUID(), "value", "198.51.100.7");
        Map<String, Object> statement = Map.of("type", "marking-definition", "spec_version", "2.1",
                "id", "marking-definition--" + UUID.randomUUID(), "created", Taxii.stamp(AT),
                "definition_type", "statement", "definition", Map.of("statement", "Copyright Forewarn"));
        StixSchemas.assertValid(Taxii.JSON.writeValueAsString(ipv4));
        StixSchemas.assertValid(Taxii.JSON.writeValueAsString(statement));

        StixObjectCheck.Outcome address = check(ipv4);
        StixObjectCheck.Outcome marking = check(statement);

        assertThat(address.ok()).isTrue();
        assertThat(address.checked().version()).isNull();
        assertThat(marking.ok()).isTrue();
        assertThat(marking.checked().version()).isEqualTo(Taxii.stamp(AT));
    }
}
