package org.forewarn.identity;

import java.util.Map;

import org.forewarn.shared.web.ConsoleProperties;
import org.forewarn.shared.web.ProblemResponses;
import org.forewarn.shared.web.Problems;
import org.forewarn.shared.web.TaxiiResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The API authenticates every request with HTTP Basic against the user store; each endpoint then
 * names the roles that may call it ({@code @PreAuthorize}), and a test checks that none is missing.
 * Both the API and the console's login form go through {@link AccountAuthenticationProvider}, and so
 * through the {@link LoginThrottle}.
 * <p>
 * A {@link Role#PARTNER} account is a partner service, not staff: it may use the TAXII server and
 * look after its own account ({@code /api/v1/me}), and is refused everything else, the console included,
 * before any endpoint's own role check.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({AuthenticationProperties.class, SsoProperties.class})
class SecurityConfiguration {

    static final String REALM = "Forewarn";

    private final String contentSecurityPolicy;
    private final ClientAddresses clientAddresses;
    private final UserAccounts accounts;
    private final SsoProperties ssoProperties;
    /** The pieces of single sign-on; {@code null} when it is off. */
    private final SsoConfiguration sso;

    /** @param console the online map tile server (optional): its origin is allowed for images */
    SecurityConfiguration(ConsoleProperties console, ClientAddresses clientAddresses, UserAccounts accounts,
            SsoProperties ssoProperties, SsoAccounts ssoAccounts) {
        this.clientAddresses = clientAddresses;
        this.accounts = accounts;
        this.ssoProperties = ssoProperties;
        this.sso = ssoProperties.enabled() ? new SsoConfiguration(ssoProperties, ssoAccounts) : null;
        String tiles = console.tileOrigin().map(origin -> " " + origin).orElse("");
        this.contentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
                + tiles + "; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    }

    /** Signed in, and one of the staff: everyone but a partner service. */
    private static AuthorizationManager<RequestAuthorizationContext> staff() {
        return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.PARTNER.name())));
    }

    /**
     * The TAXII 2.1 server: HTTP Basic like the API, no session, no CSRF; refusals in TAXII's own error
     * format. Partner services and the staff who oversee their collections (ANALYST, AUDITOR) get in;
     * which collections each may see is the TAXII module's business.
     */
    @Bean
    @Order(0)
    SecurityFilterChain taxii(HttpSecurity http) throws Exception {
        http.securityMatcher("/taxii2", "/taxii2/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(taxiiUnauthenticated())
                        .authenticationDetailsSource(clientAddresses))
                .exceptionHandling(e -> e.authenticationEntryPoint(taxiiUnauthenticated())
                        .accessDeniedHandler((request, response, denied) -> TaxiiResponses.writeError(response, 403,
                                "Forbidden", "Your account may not use the TAXII server.")))
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .hasAnyRole(Role.PARTNER.name(), Role.ANALYST.name(), Role.AUDITOR.name()))
                .addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
        return http.build();
    }

    /**
     * Partners' MISP feeds ({@code /misp/feed/}): HTTP Basic as MISP's feed importer sends it (a
     * configured header), no session, no CSRF; partner accounts only.
     */
    @Bean
    @Order(0)
    SecurityFilterChain misp(HttpSecurity http) throws Exception {
        stateless(http.securityMatcher("/misp/**"), true)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.PARTNER.name()));
        return http.build();
    }

    /**
     * The REST API: HTTP Basic of local accounts (unless switched off) and, with single sign-on, the
     * identity provider's JWT bearer tokens; on every request, no session, no CSRF (no cookies to ride on).
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        stateless(http.securityMatcher("/api/**"), ssoProperties.localAccounts());
        if (sso != null) {
            http.oauth2ResourceServer(bearer -> bearer
                    .jwt(jwt -> jwt.decoder(sso.bearerTokens()).jwtAuthenticationConverter(sso.bearerUsers()))
                    .authenticationEntryPoint(unauthenticated()));
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/me", PasswordChangeRequiredFilter.CHANGE_PASSWORD_PATH).authenticated()
                        .anyRequest().access(staff()));
        return http.build();
    }

    /**
     * Credentials on every request (HTTP Basic if {@code passwords}), no session, no CSRF (no cookies to
     * ride on), refusals as problem details, and the one-time password changed before anything else.
     */
    private HttpSecurity stateless(HttpSecurity http, boolean passwords) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (passwords) {
            http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated())
                    .authenticationDetailsSource(clientAddresses));
        } else {
            http.httpBasic(basic -> basic.disable());
        }
        return http.exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(denied()))
                .addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
    }

    /**
     * The public alert documents (feeds, CAP documents, pages; HEAD as GET): open to everyone and
     * served the same to everyone, so nobody is signed in here — no session is read or created
     * (a console user's cookie is ignored), no CSRF token exists — and each answer can be cached
     * and shared. The security headers are the same as everywhere else.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicDocuments(HttpSecurity http) throws Exception {
        // "/alerts/*" is the archive feed, a CAP document or a page.
        http.securityMatchers(m -> m.requestMatchers(HttpMethod.GET, "/alerts.atom", "/alerts/*")
                        .requestMatchers(HttpMethod.HEAD, "/alerts.atom", "/alerts/*"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .servletApi(api -> api.disable())
                .logout(logout -> logout.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
        return http.build();
    }

    /**
     * Everything else: the console (form login, session with timeout, CSRF), static resources and
     * the API documentation.
     */
    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico", "/favicon.svg")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/", "/console", "/console/**").access(staff())
                        .anyRequest().denyAll());
        if (ssoProperties.localAccounts()) {
            http.formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                    .authenticationDetailsSource(clientAddresses)
                    .defaultSuccessUrl("/console", false).failureHandler(loginFailed()).permitAll());
        }
        if (sso != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(sso.clientRegistrations())
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(sso.consoleUsers()))
                    .defaultSuccessUrl("/console", false)
                    .failureHandler(singleSignOnFailed()));
        }
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(deniedWithReason()))
                .addFilterAfter(new FreshSessionPrincipalFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new ConsolePasswordChangeFilter(), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
        return http.build();
    }

    /** With single sign-on the session cookie is Lax, or a provider on another site could not sign anyone in. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionCookieForSingleSignOn() {
        return sso != null ? sso.laxSessionCookie() : factory -> { };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /**
     * No credentials or wrong ones: 401 and a Basic challenge. Too many failures: 429 with
     * {@code Retry-After}, the same whether or not the account exists.
     */
    private AuthenticationEntryPoint unauthenticated() {
        boolean passwords = ssoProperties.localAccounts();
        String how = sso == null ? "send HTTP Basic credentials of a Forewarn user."
                : passwords ? "send a bearer token from " + ssoProperties.providerName()
                        + ", or HTTP Basic credentials of a local Forewarn account."
                        : "send a bearer token from " + ssoProperties.providerName() + ".";
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                ProblemResponses.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                        "Too many failed sign-ins. Try again later (see Retry-After), with the right password."));
                return;
            }
            if (e instanceof OAuth2AuthenticationException refused && refused.getError() != null
                    && "access_denied".equals(refused.getError().getErrorCode())) {
                ProblemResponses.write(response, Problems.of(HttpStatus.FORBIDDEN, "no-forewarn-role",
                        refused.getError().getDescription()));
                return;
            }
            if (sso != null) {
                boolean badToken = e instanceof OAuth2AuthenticationException || e instanceof DisabledException;
                response.addHeader("WWW-Authenticate", badToken
                        ? "Bearer error=\"invalid_token\", error_description=\"" + headerSafe(e.getMessage()) + "\""
                        : "Bearer");
                if (badToken) {
                    ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED,
                            e instanceof DisabledException ? "account-disabled" : "invalid-token",
                            e.getMessage() + " Sign in again at " + ssoProperties.providerName() + " for a new token."));
                    return;
                }
            }
            if (passwords) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            }
            ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Sign in first: " + how));
        };
    }

    /** A header value must not break out of its quotes or its line. */
    private static String headerSafe(String message) {
        return message == null ? "" : message.replaceAll("[\"\\\\\\r\\n]", " ");
    }

    /** As {@link #unauthenticated()}, in TAXII's error format. */
    private static AuthenticationEntryPoint taxiiUnauthenticated() {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                TaxiiResponses.writeError(response, 429, "Too many attempts",
                        "Too many failed sign-ins. Try again later (see Retry-After), with the right password.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            TaxiiResponses.writeError(response, 401, "Unauthorized",
                    "Sign in first: send HTTP Basic credentials of a partner account.");
        };
    }

    /**
     * A refused sign-in through the identity provider (no Forewarn role, a disabled account, the
     * provider said no): the sign-in page says why; that is no secret from the person signing in.
     */
    private static AuthenticationFailureHandler singleSignOnFailed() {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?sso-error");
        handler.setAllowSessionCreation(true);
        return handler;
    }

    /** The login page says why, without saying whether the account exists. */
    private static AuthenticationFailureHandler loginFailed() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath()
                + (e instanceof LoginThrottledException ? "/login?throttled" : "/login?error"));
    }

    /**
     * A refusal by the filters (a form without its CSRF token) goes to the error page, which is told why:
     * a missing token reads differently from a missing role.
     */
    private static AccessDeniedHandler deniedWithReason() {
        return (request, response, e) -> {
            if (!response.isCommitted()) {
                request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, e) -> ProblemResponses.write(response, Problems.of(HttpStatus.FORBIDDEN,
                "forbidden", "Your role does not allow this action."));
    }
}
