package org.forewarn.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * One spelling for a value, so that a hash or a signature over it can be recomputed by anyone:
 * object members sorted by name, no insignificant whitespace, nulls left out, instants as
 * ISO-8601 UTC strings with at most microsecond precision (what PostgreSQL keeps).
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule().addSerializer(Instant.class, new InstantSerializer()))
            .build();

    private CanonicalJson() {
    }

    public static String write(Object value) {
        // Round-trip through a tree so that records, maps and nested objects all sort the same way.
        Object tree = MAPPER.convertValue(value, Object.class);
        return MAPPER.writeValueAsString(tree);
    }

    /** A JSON text as plain maps, lists, strings, numbers and booleans. */
    public static Object parse(String json) {
        return MAPPER.readValue(json, Object.class);
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.truncatedTo(ChronoUnit.MICROS).toString());
        }
    }
}
