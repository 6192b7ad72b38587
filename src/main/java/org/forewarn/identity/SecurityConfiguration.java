package org.forewarn.identity;

import java.util.Map;

import org.forewarn.shared.web.ProblemResponses;
import org.forewarn.shared.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API authenticates every request with HTTP Basic against the user store; each endpoint then
 * names the roles that may call it ({@code @PreAuthorize}), and a test checks that none is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REALM = "Forewarn";

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(denied()))
                .authorizeHttpRequests(auth -> auth
                        // Public alerts are public: the feeds, CAP documents and pages, and their style.
                        .requestMatchers(HttpMethod.GET, "/alerts.atom", "/alerts/archive.atom", "/alerts/*",
                                "/css/**")
                        .permitAll()
                        .requestMatchers("/", "/index.html", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
                                "/swagger-ui.html", "/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    private static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Sign in first: send HTTP Basic credentials of a Forewarn user."));
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, e) -> ProblemResponses.write(response, Problems.of(HttpStatus.FORBIDDEN,
                "forbidden", "Your role does not allow this action."));
    }
}
