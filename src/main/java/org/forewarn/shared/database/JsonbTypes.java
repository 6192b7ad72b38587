package org.forewarn.shared.database;

import java.util.List;

/** A module's value types that are stored as jsonb columns; declare one as a bean per module. */
public record JsonbTypes(List<Class<?>> types) {

    public static JsonbTypes of(Class<?>... types) {
        return new JsonbTypes(List.of(types));
    }
}
