package org.forewarn.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password against the user store (Argon2id), with recently verified credentials
 * remembered briefly (see {@link VerifiedCredentials}). The account is always loaded fresh, so a
 * disabled account or a changed role takes effect at once.
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final AccountDetailsService accounts;
    private final VerifiedCredentials verified;

    AccountAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
            VerifiedCredentials verified) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials instanceof String password && verified.recentlyVerified(username, password)) {
            ForewarnUser user;
            try {
                user = (ForewarnUser) accounts.loadUserByUsername(username);
            } catch (AuthenticationException e) {
                verified.forget(username);
                throw new BadCredentialsException("Bad credentials");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("User is disabled");
            }
            user.eraseCredentials();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        Authentication result = super.authenticate(authentication);
        if (credentials instanceof String password) {
            verified.remember(username, password);
        }
        return result;
    }
}
