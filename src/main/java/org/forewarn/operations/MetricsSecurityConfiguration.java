package org.forewarn.operations;

import java.util.List;

import org.forewarn.shared.web.ProblemResponses;
import org.forewarn.shared.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} has a security filter chain of its own, ahead of the API's and the
 * console's: HTTP Basic against the {@link MetricsCredential} alone, no session, no CSRF. Staff
 * accounts are not looked at here (their passwords never travel to a scraper), and the metrics
 * credential is no account anywhere else, so it opens nothing but this endpoint. The health probes
 * stay open in the console's chain; every other actuator endpoint is not exposed at all.
 * <p>
 * The credential is checked without the login throttle (a scraper is a machine on a schedule); it is
 * long instead (see {@link MetricsProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsSecurityConfiguration {

    static final String REALM = "Forewarn metrics";
    static final String AUTHORITY = "METRICS";

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, MetricsCredential credential) throws Exception {
        AuthenticationEntryPoint unauthenticated = unauthenticated(credential);
        http.securityMatcher(EndpointRequest.to("prometheus"))
                .authenticationManager(authenticationManager(credential))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(AUTHORITY));
        return http.build();
    }

    private static AuthenticationManager authenticationManager(MetricsCredential credential) {
        return authentication -> {
            String password = authentication.getCredentials() instanceof String given ? given : null;
            if (!credential.matches(authentication.getName(), password)) {
                throw new BadCredentialsException("Not the metrics credential");
            }
            return UsernamePasswordAuthenticationToken.authenticated(credential.username(), null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY)));
        };
    }

    /** 401 and a Basic challenge; while no password is set, the answer says how to open the metrics. */
    private static AuthenticationEntryPoint unauthenticated(MetricsCredential credential) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", credential.open()
                    ? "Send the metrics credential (forewarn.metrics.username and forewarn.metrics.password) "
                    + "with HTTP Basic; staff accounts cannot read the metrics."
                    : "The metrics are closed: no forewarn.metrics.password (FOREWARN_METRICS_PASSWORD) is set."));
        };
    }
}
