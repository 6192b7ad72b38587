package org.forewarn.identity;

import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** How people may sign in here: with a password, through the identity provider, or both (for the sign-in page). */
@Component
@EnableConfigurationProperties(SsoProperties.class)
public class SignInMethods {

    /** Where the console's sign-in through the identity provider begins. */
    public static final String SINGLE_SIGN_ON_PATH = "/oauth2/authorization/" + SsoProperties.REGISTRATION_ID;

    private final SsoProperties sso;

    SignInMethods(SsoProperties sso) {
        this.sso = sso;
    }

    /** The identity provider's name as the sign-in button shows it, if single sign-on is on. */
    public Optional<String> singleSignOn() {
        return sso.enabled() ? Optional.of(sso.providerName()) : Optional.empty();
    }

    /** Whether local accounts sign in with a password. */
    public boolean passwords() {
        return sso.localAccounts();
    }
}
