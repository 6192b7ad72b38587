package org.forewarn.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock every module records time with, and scheduling for the sweeps and workers. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    @Bean
    ScenarioClock clock() {
        return new ScenarioClock(Clock.systemUTC());
    }
}
