package org.forewarn.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password against the user store (Argon2id), for HTTP Basic and the console's login
 * form alike. First the {@link LoginThrottle}: an account or address that must wait is refused
 * without the password being looked at (not even in the cache of recently verified credentials).
 * Then the password: an unknown username is checked against a dummy Argon2 hash and a disabled
 * account's password is checked too, so neither answers faster than a wrong password; every failure
 * is counted (against the throttle, and in {@link LoginMetrics}). The account is always loaded fresh, so a disabled account or a changed role takes
 * effect at once.
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final AccountDetailsService accounts;
    private final VerifiedCredentials verified;
    private final LoginThrottle throttle;
    private final LoginMetrics metrics;

    AccountAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
            VerifiedCredentials verified, LoginThrottle throttle, LoginMetrics metrics) {
        super(accounts);
        setPasswordEncoder(encoder);
        // Spring Security's default, relied on here: a disabled account costs a full password check too.
        setAlwaysPerformAdditionalChecksOnUser(true);
        this.accounts = accounts;
        this.verified = verified;
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return throttledVerify(authentication);
        } catch (AuthenticationException e) {
            metrics.failed(e);
            throw e;
        }
    }

    private Authentication throttledVerify(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.admit(authentication.getName(), address);
        try {
            return verify(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            throw e;
        }
    }

    private Authentication verify(Authentication authentication) {
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
