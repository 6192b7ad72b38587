package org.forewarn.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: stands in for the phones of the demo's enrolled people. Their webhook addresses point
 * here, so the public alert's fan-out really goes over HTTP and really comes back DELIVERED.
 * Exists only when Forewarn runs with {@code --demo}.
 */
@RestController
@Conditional(DemoOnly.class)
class DemoInbox {

    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    @PostMapping("/demo-inbox/{person}")
    ResponseEntity<Void> receive(@PathVariable String person) {
        received.computeIfAbsent(person, p -> new AtomicInteger()).incrementAndGet();
        return ResponseEntity.noContent().build();
    }

    int total() {
        return received.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DemoOnly.class)
    static class Security {

        @Bean
        @Order(0)
        SecurityFilterChain demoInboxSecurity(HttpSecurity http) throws Exception {
            return http.securityMatcher("/demo-inbox/**")
                    .csrf(csrf -> csrf.disable())
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .build();
        }
    }
}
