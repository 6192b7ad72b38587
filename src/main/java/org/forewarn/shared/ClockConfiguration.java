package org.forewarn.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    ScenarioClock clock() {
        return new ScenarioClock(Clock.systemUTC());
    }
}
