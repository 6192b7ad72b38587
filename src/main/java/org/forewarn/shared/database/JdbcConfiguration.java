package org.forewarn.shared.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

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

    /**
     * Loads an aggregate with its collections in one query (PostgreSQL builds the rows with window
     * functions) instead of one query per collection per aggregate: a page of 50 threats was 51
     * queries, one for each threat's incidents.
     */
    @Override
    @Bean
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
            JdbcCustomConversions customConversions, RelationalManagedTypes jdbcManagedTypes) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setSingleQueryLoadingEnabled(true);
        return context;
    }

    @Override
    protected List<?> userConverters() {
        List<Object> converters = new ArrayList<>();
        jsonbTypes.orderedStream().forEach(types -> types.types().forEach(t -> converters.addAll(JsonbConverters.forType(t))));
        return converters;
    }
}
