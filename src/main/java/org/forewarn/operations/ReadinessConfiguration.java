package org.forewarn.operations;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Requests wait for readiness ({@link NotReadyFilter}), ahead of every security filter chain. */
@Configuration(proxyBeanMethods = false)
class ReadinessConfiguration {

    @Bean
    FilterRegistrationBean<NotReadyFilter> notReadyFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<NotReadyFilter> registration = new FilterRegistrationBean<>(
                new NotReadyFilter(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
