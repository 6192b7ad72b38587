package org.forewarn.identity;

import java.util.Map;

import org.forewarn.shared.web.ProblemResponses;
import org.forewarn.shared.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API authenticates every request with HTTP Basic against the user store; each endpoint then
 * names the roles that may call it ({@code @PreAuthorize}), and a test checks that none is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REALM = "Forewarn";

    private final String contentSecurityPolicy;

    /** @param tileUrl an online map tile server (optional): its origin is allowed for images */
    SecurityConfiguration(@Value("${forewarn.console.tile-url:}") String tileUrl) {
        String tiles = "";
        if (!tileUrl.isBlank()) {
            java.net.URI uri = java.net.URI.create(tileUrl.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0")
                    .replace("{y}", "0"));
            tiles = " " + uri.getScheme() + "://" + uri.getHost().replaceFirst("^a\\.", "*.")
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        }
        this.contentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
                + tiles + "; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    }

    /** The REST API: HTTP Basic on every request, no session, no CSRF (no cookies to ride on). */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(denied()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
        return http.build();
    }

    /**
     * Everything else: the console (form login, session with timeout, CSRF), the public alert
     * documents, static resources and the API documentation.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                .authorizeHttpRequests(auth -> auth
                        // Public alerts are public: the feeds, CAP documents and pages (HEAD as GET).
                        .requestMatchers(HttpMethod.GET, "/alerts.atom", "/alerts/archive.atom", "/alerts/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/alerts.atom", "/alerts/archive.atom", "/alerts/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico", "/favicon.svg")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/", "/console", "/console/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/console", false).failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new ConsolePasswordChangeFilter(), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
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
