package org.forewarn.shared.database;

import java.sql.SQLException;
import java.util.Set;

import org.forewarn.shared.StoredValues;
import org.postgresql.util.PGobject;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores value objects that have no life of their own (a threat's targets, a warning's facets)
 * as {@code jsonb} columns. Each module lists the types it stores this way.
 */
public final class JsonbConverters {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonbConverters() {
    }

    public static Set<GenericConverter> forType(Class<?> type) {
        return Set.of(new ToJsonb(type), new FromJsonb(type));
    }

    @WritingConverter
    static final class ToJsonb implements GenericConverter {
        private final Class<?> type;

        ToJsonb(Class<?> type) {
            this.type = type;
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(type, PGobject.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            PGobject json = new PGobject();
            json.setType("jsonb");
            try {
                json.setValue(MAPPER.writeValueAsString(source));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return json;
        }
    }

    @ReadingConverter
    static final class FromJsonb implements GenericConverter {
        private final Class<?> type;

        FromJsonb(Class<?> type) {
            this.type = type;
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(PGobject.class, type));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            String value = ((PGobject) source).getValue();
            // Stored values are read back as they were written, whatever today's input rules say.
            return value == null ? null : StoredValues.read(() -> MAPPER.readValue(value, type));
        }
    }
}
