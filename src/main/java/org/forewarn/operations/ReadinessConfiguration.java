package org.forewarn.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requests wait for readiness ({@link NotReadyFilter}), ahead of every security filter chain; and
 * {@code forewarn_ready} (1 or 0) tells Prometheus what the readiness probe tells a load balancer,
 * since the metrics are read while Forewarn is not ready too.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessConfiguration {

    ReadinessConfiguration(ApplicationAvailability availability, MeterRegistry registry) {
        Gauge.builder("forewarn.ready", () -> availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC ? 1 : 0)
                .description("Whether this instance takes requests (1) or is starting or stopping (0)")
                .register(registry);
    }

    @Bean
    FilterRegistrationBean<NotReadyFilter> notReadyFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<NotReadyFilter> registration = new FilterRegistrationBean<>(
                new NotReadyFilter(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
