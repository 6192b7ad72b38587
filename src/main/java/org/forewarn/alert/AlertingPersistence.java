package org.forewarn.alert;

import org.forewarn.shared.database.JsonbTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AlertingPersistence {

    @Bean
    JsonbTypes alertingJsonbTypes() {
        return JsonbTypes.of(Translations.class, StoredArea.class, Profiles.class);
    }
}
