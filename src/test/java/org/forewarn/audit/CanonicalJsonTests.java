package org.forewarn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    record Sample(String zulu, String alpha, Instant at, String nothing) {
    }

    @Test
    void membersAreSortedNullsDroppedAndInstantsInMicroseconds() {
        String json = CanonicalJson.write(new Sample("z", "a", Instant.parse("2024-03-06T12:00:00.123456789Z"), null));

        assertThat(json).isEqualTo("{\"alpha\":\"a\",\"at\":\"2024-03-06T12:00:00.123456Z\",\"zulu\":\"z\"}");
    }

    @Test
    void nestedMapsAreSortedToo() {
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", Map.of("y", 1, "x", 2));
        outer.put("a", true);

        assertThat(CanonicalJson.write(outer)).isEqualTo("{\"a\":true,\"b\":{\"x\":2,\"y\":1}}");
    }
}
