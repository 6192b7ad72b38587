package org.forewarn.threat;

import org.forewarn.shared.database.JsonbTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ThreatPersistence {

    @Bean
    JsonbTypes threatJsonbTypes() {
        return JsonbTypes.of(Targets.class, Area.class, ProtectedDetails.class);
    }
}
