package org.forewarn.recipient;

import org.forewarn.shared.database.JsonbTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecipientPersistence {

    @Bean
    JsonbTypes recipientJsonbTypes() {
        return JsonbTypes.of(Channels.class);
    }
}
