package org.forewarn.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the organisation's OpenID Connect provider (Keycloak, Entra ID, ADFS …):
 * the console signs in through it, and the API accepts its JWT bearer tokens. Off unless
 * {@code issuer-uri} is set.
 *
 * @param issuerUri     the provider's issuer (its {@code /.well-known/openid-configuration} is read at start);
 *                      empty: no single sign-on
 * @param clientId      Forewarn's client at the provider (console sign-in)
 * @param clientSecret  its secret; never logged
 * @param scopes        asked for at console sign-in
 * @param audience      if set, a bearer token must name it in {@code aud}; empty: any audience
 * @param clockSkew     how far a token's times may be off ({@code exp}, {@code nbf})
 * @param localAccounts whether local accounts may still sign in with a password (HTTP Basic on the API,
 *                      the console's form); partner services' TAXII and MISP accounts always may
 * @param providerName  shown on the console's sign-in button
 * @param claims        where the token says who the person is and what they may do
 */
@ConfigurationProperties("forewarn.sso")
record SsoProperties(URI issuerUri,
                     String clientId,
                     String clientSecret,
                     @DefaultValue({"openid", "profile"}) List<String> scopes,
                     String audience,
                     @DefaultValue("60s") Duration clockSkew,
                     @DefaultValue("true") boolean localAccounts,
                     @DefaultValue("your organisation's sign-in") String providerName,
                     @DefaultValue Claims claims) {

    /** The name the console's sign-in uses at {@code /oauth2/authorization/{id}}. */
    static final String REGISTRATION_ID = "sso";

    SsoProperties {
        scopes = List.copyOf(scopes);
        SettingChecks checks = SettingChecks.of("forewarn.sso").notNegative(clockSkew, "clock-skew");
        if (issuerUri != null) {
            checks.require("https".equals(issuerUri.getScheme()) || "http".equals(issuerUri.getScheme()),
                            "issuer-uri", "must be an http(s) URL such as https://login.example.org/realms/agency")
                    .notBlank(clientId, "client-id")
                    .notBlank(clientSecret, "client-secret");
        }
        checks.require(issuerUri != null || localAccounts, "local-accounts",
                "may be false only with forewarn.sso.issuer-uri set: nobody could sign in");
        checks.orThrow();
    }

    boolean enabled() {
        return issuerUri != null;
    }

    /** Never the client secret, whatever prints these settings. */
    @Override
    public String toString() {
        return "SsoProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "unset" : "(set)") + ", scopes=" + scopes + ", audience=" + audience
                + ", clockSkew=" + clockSkew + ", localAccounts=" + localAccounts + ", claims=" + claims + "]";
    }

    /**
     * Claim names; a dot walks into an object ({@code realm_access.roles} is Keycloak's realm roles).
     *
     * @param username    the name shown and recorded for the person (once, at their first sign-in)
     * @param displayName their full name
     * @param roles       a list of role names; matched to Forewarn's roles ignoring case, after
     *                    {@code role-prefix}; others are ignored and logged
     * @param rolePrefix  a prefix the provider's role names carry (e.g. {@code forewarn-}); empty: none
     * @param clearance   one of UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP_SECRET; absent: UNCLASSIFIED
     * @param compartments a list of compartment names; absent: none
     */
    record Claims(@DefaultValue("preferred_username") String username,
                  @DefaultValue("name") String displayName,
                  @DefaultValue("realm_access.roles") String roles,
                  @DefaultValue("") String rolePrefix,
                  @DefaultValue("clearance") String clearance,
                  @DefaultValue("compartments") String compartments) {
    }
}
