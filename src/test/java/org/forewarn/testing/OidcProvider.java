package org.forewarn.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on its
 * own port in the test JVM, with its own users (name, password, and the claims a Keycloak realm's
 * mappers would add: {@code realm_access.roles}, {@code clearance}, {@code compartments}).
 * <p>
 * Two clients: {@code forewarn} (confidential; the console's sign-in, redirect URIs allowed as the
 * test learns its port) and {@code forewarn-cli} (public, PKCE), through which
 * {@link #accessToken} signs a person in exactly as a browser would and returns the access token.
 * Access tokens name the audience {@code forewarn-api}.
 */
public final class OidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "forewarn";
    public static final String CLIENT_SECRET = "forewarn-test-client-secret";
    public static final String CLI_CLIENT_ID = "forewarn-cli";
    public static final String API_AUDIENCE = "forewarn-api";
    private static final String CLI_REDIRECT = "http://127.0.0.1/cli-callback";

    /** Someone who can sign in at the provider, and what its claims say about them. */
    public record Person(String username, String password, String name, List<String> roles, String clearance,
                         List<String> compartments) {

        public static Person of(String username, String clearance, String... roles) {
            return new Person(username, "idp-password-" + username, "Test " + username, List.of(roles), clearance,
                    List.of());
        }

        public Person withCompartments(String... names) {
            return new Person(username, password, name, roles, clearance, List.of(names));
        }

        public Person withName(String newName) {
            return new Person(newName, password, name, roles, clearance, compartments);
        }
    }

    private final ConfigurableApplicationContext context;
    private final String issuer;
    private final RSAKey key;
    private final InMemoryRegisteredClientRepository clients;

    private OidcProvider(ConfigurableApplicationContext context, String issuer, RSAKey key) {
        this.context = context;
        this.issuer = issuer;
        this.key = key;
        this.clients = context.getBean(InMemoryRegisteredClientRepository.class);
    }

    public static OidcProvider start(Person... people) {
        int port = TestEnvironment.freePort();
        String issuer = "http://127.0.0.1:" + port;
        RSAKey key = rsaKey();
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Person person : people) {
            byName.put(person.username(), person);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
                .initializers(app -> app.getBeanFactory().registerSingleton("oidcSetup", new Setup(issuer, key, byName)))
                // No application.yml of Forewarn's: this is another server.
                .run("--server.port=" + port, "--spring.config.name=oidc-test-provider", "--spring.main.banner-mode=off",
                        "--server.address=127.0.0.1", "--spring.jmx.enabled=false");
        return new OidcProvider(context, issuer, key);
    }

    public String issuer() {
        return issuer;
    }

    /** Lets the console of a Forewarn on this base URL (e.g. http://localhost:4711) come back after sign-in. */
    public void allowConsoleAt(String baseUrl) {
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        String redirect = baseUrl + "/login/oauth2/code/sso";
        if (!client.getRedirectUris().contains(redirect)) {
            clients.save(RegisteredClient.from(client).redirectUri(redirect).build());
        }
    }

    /**
     * Signs {@code person} in at the provider through the authorization-code flow with PKCE, as a
     * browser and a command-line client would (login form, CSRF token, redirect with a code), and
     * returns the access token the provider issues.
     */
    public String accessToken(Person person) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = random();
        String state = random();
        String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=" + CLI_CLIENT_ID
                + "&redirect_uri=" + encode(CLI_REDIRECT) + "&scope=openid%20profile&state=" + state
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        try {
            HttpResponse<String> first = get(browser, authorize);
            String login = issuer + "/login";
            HttpResponse<String> form = get(browser, first.headers().firstValue("Location").orElse(login));
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
            if (!csrf.find()) {
                throw new IllegalStateException("The provider's login form has no CSRF token:\n" + form.body());
            }
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(login))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(person.username()) + "&password="
                            + encode(person.password()) + "&_csrf=" + encode(csrf.group(1))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String next = signedIn.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "The provider refused " + person.username() + ": " + signedIn.statusCode()));
            String callback = get(browser, next.startsWith("http") ? next : issuer + next).headers()
                    .firstValue("Location").orElseThrow();
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
            if (!callback.startsWith(CLI_REDIRECT) || !code.find() || !callback.contains("state=" + state)) {
                throw new IllegalStateException("No authorization code in " + callback);
            }
            HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                            + "&redirect_uri=" + encode(CLI_REDIRECT) + "&client_id=" + CLI_CLIENT_ID
                            + "&code_verifier=" + verifier))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
            if (token.statusCode() != 200 || !accessToken.find()) {
                throw new IllegalStateException("The provider issued no token: " + token.body());
            }
            return accessToken.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An access token for {@code person} signed with this provider's own key, issued and expiring
     * when the test says (for a token that has expired, without waiting for one to).
     */
    public String signedToken(Person person, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(person.username())
                .audience(List.of(CLI_CLIENT_ID, API_AUDIENCE)).issuedAt(issuedAt).notBefore(issuedAt)
                .expiresAt(expiresAt).id(UUID.randomUUID().toString());
        personClaims(person).forEach(claims::claim);
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID())
                .build(), claims.build())).getTokenValue();
    }

    @Override
    public void close() {
        context.close();
    }

    private static Map<String, Object> personClaims(Person person) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", person.username());
        claims.put("name", person.name());
        claims.put("realm_access", Map.of("roles", person.roles()));
        if (person.clearance() != null) {
            claims.put("clearance", person.clearance());
        }
        claims.put("compartments", person.compartments());
        return claims;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one provider is set up with. */
    record Setup(String issuer, RSAKey key, Map<String, Person> people) {
    }

    /**
     * The provider's Spring configuration. Not a {@code @Configuration}, so that Forewarn's own
     * component scan in the tests never picks it up; only the web server, MVC and security.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
    static class Provider {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            ClientSettings noConsent = ClientSettings.builder().requireAuthorizationConsent(false).build();
            TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(10)).build();
            RegisteredClient console = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/unused").scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(noConsent).tokenSettings(tokens).build();
            RegisteredClient cli = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(CLI_CLIENT_ID)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(CLI_REDIRECT).scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true)
                            .build())
                    .tokenSettings(tokens).build();
            return new InMemoryRegisteredClientRepository(console, cli);
        }

        @Bean
        UserDetailsService people(Setup setup) {
            List<org.springframework.security.core.userdetails.UserDetails> users = new ArrayList<>();
            setup.people().values().forEach(p -> users.add(User.withUsername(p.username())
                    .password("{noop}" + p.password()).roles("USER").build()));
            return new InMemoryUserDetailsManager(users);
        }

        /** Keycloak-style claims in the ID token and the access token; the API's audience in the access token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(Setup setup) {
            return context -> {
                Person person = setup.people().get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                personClaims(person).forEach((name, value) -> context.getClaims().claim(name, value));
                if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), API_AUDIENCE));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys(Setup setup) {
            return new ImmutableJWKSet<>(new JWKSet(setup.key()));
        }

        /** For the user-info endpoint, which takes the provider's own access tokens. */
        @Bean
        JwtDecoder ownTokens(Setup setup) throws com.nimbusds.jose.JOSEException {
            return NimbusJwtDecoder.withPublicKey(setup.key().toRSAPublicKey()).build();
        }

        @Bean
        AuthorizationServerSettings settings(Setup setup) {
            return AuthorizationServerSettings.builder().issuer(setup.issuer()).build();
        }
    }
}
