package org.forewarn.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The pieces of single sign-on, made only when {@code forewarn.sso.issuer-uri} is set (see
 * {@link SecurityConfiguration}, which puts them into the console's and the API's filter chains).
 * The provider is looked up on first use, not at start, so Forewarn starts — and its local
 * administrators can sign in — while the provider is unreachable.
 */
final class SsoConfiguration {

    private final SsoProperties properties;
    private final SsoAccounts accounts;
    private final SsoClaims claims;

    SsoConfiguration(SsoProperties properties, SsoAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.claims = new SsoClaims(properties.claims());
    }

    /** Forewarn's registration at the provider, read from its discovery document the first time it is needed. */
    ClientRegistrationRepository clientRegistrations() {
        return new ClientRegistrationRepository() {
            private volatile ClientRegistration registration;

            @Override
            public ClientRegistration findByRegistrationId(String registrationId) {
                if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
                    return null;
                }
                ClientRegistration known = registration;
                if (known == null) {
                    known = ClientRegistrations.fromIssuerLocation(properties.issuerUri().toString())
                            .registrationId(SsoProperties.REGISTRATION_ID)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .scope(properties.scopes())
                            .clientName(properties.providerName())
                            // PKCE on top of the client secret: a stolen authorization code is worth nothing.
                            .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                            .build();
                    registration = known;
                }
                return known;
            }
        };
    }

    /**
     * The console's sign-in: the provider's ID token (and user info, if it has an endpoint) say who
     * signs in and what they may do; the principal is their Forewarn account, so everything after
     * sees the same kind of user as with a password.
     */
    OAuth2UserService<OidcUserRequest, OidcUser> consoleUsers() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser oidc = standard.loadUser(request);
            Map<String, Object> all = oidc.getClaims();
            UserAccount account = accounts.signIn(identity(oidc.getIssuer().toString(), oidc.getSubject(), all));
            return new SsoUser(account, oidc.getIdToken(), oidc.getUserInfo());
        };
    }

    /** Bearer tokens on the API: signed by the provider, issued by it, in date, and for Forewarn if an audience is set. */
    JwtDecoder bearerTokens() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri().toString()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(properties.clockSkew()));
        validators.add(new JwtIssuerValidator(properties.issuerUri().toString()));
        if (properties.audience() != null && !properties.audience().isBlank()) {
            validators.add(token -> token.getAudience() != null && token.getAudience().contains(properties.audience())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                            "The token is not meant for Forewarn: its audience does not include "
                                    + properties.audience(), null)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** A valid bearer token becomes its holder's Forewarn account, with the access its claims give. */
    Converter<Jwt, AbstractAuthenticationToken> bearerUsers() {
        return jwt -> {
            ForewarnUser user = new ForewarnUser(accounts.bearer(identity(jwt.getClaimAsString("iss"),
                    jwt.getSubject(), jwt.getClaims()), jwt.getTokenValue(), jwt.getExpiresAt()));
            user.eraseCredentials();
            return new BearerUser(user);
        };
    }

    /**
     * A provider on another site (Entra ID, a hosted Keycloak) sends the browser back with a
     * cross-site redirect, on which a SameSite=Strict session cookie is not sent: the sign-in would
     * be lost. With single sign-on the session cookie is Lax; forms still carry their CSRF token.
     */
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> laxSessionCookie() {
        return new LaxSessionCookie();
    }

    private SsoAccounts.Identity identity(String issuer, String subject, Map<String, Object> all) {
        String username = claims.username(all, subject);
        return new SsoAccounts.Identity(issuer, subject, username, claims.displayName(all, username),
                claims.access(all));
    }

    private static final class LaxSessionCookie implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.getSettings().getSession().getCookie().setSameSite(Cookie.SameSite.LAX);
        }

        /** After Boot has applied {@code server.servlet.session.cookie.same-site}. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** A console user signed in through the provider: their Forewarn account, and the provider's ID token. */
    static final class SsoUser extends ForewarnUser implements OidcUser {

        private final OidcIdToken idToken;
        private final OidcUserInfo userInfo;

        SsoUser(UserAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(account);
            eraseCredentials();
            this.idToken = idToken;
            this.userInfo = userInfo;
        }

        @Override
        public Map<String, Object> getClaims() {
            return idToken.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return userInfo;
        }

        @Override
        public OidcIdToken getIdToken() {
            return idToken;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return idToken.getClaims();
        }

        @Override
        public String getName() {
            return getUsername();
        }
    }

    /** An API request authenticated by a bearer token. */
    static final class BearerUser extends AbstractAuthenticationToken {

        private final ForewarnUser user;

        BearerUser(ForewarnUser user) {
            super((Collection<? extends GrantedAuthority>) user.getAuthorities());
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }
}
