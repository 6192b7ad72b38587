package org.forewarn.shared;

import java.time.Clock;

import org.forewarn.shared.web.ConsoleProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every module records time with, scheduling for the sweeps and workers, and the settings
 * several modules read.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ForewarnProperties.class, ConsoleProperties.class})
class PlatformConfiguration {

    @Bean
    ScenarioClock clock() {
        return new ScenarioClock(Clock.systemUTC());
    }

    @Bean
    DemoMode demoMode(Environment environment) {
        return DemoMode.of(environment);
    }
}
