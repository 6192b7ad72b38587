package org.forewarn.warning;

import org.forewarn.shared.database.JsonbTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WarningPersistence {

    @Bean
    JsonbTypes warningJsonbTypes() {
        return JsonbTypes.of(Facets.class);
    }
}
