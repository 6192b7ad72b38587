package org.forewarn.shared.database;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/** Spring Data JDBC with the jsonb value types every module declares. */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    private final ObjectProvider<JsonbTypes> jsonbTypes;

    JdbcConfiguration(ObjectProvider<JsonbTypes> jsonbTypes) {
        this.jsonbTypes = jsonbTypes;
    }

    @Override
    protected List<?> userConverters() {
        List<Object> converters = new ArrayList<>();
        jsonbTypes.orderedStream().forEach(types -> types.types().forEach(t -> converters.addAll(JsonbConverters.forType(t))));
        return converters;
    }
}
