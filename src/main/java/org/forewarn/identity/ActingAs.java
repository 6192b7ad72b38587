package org.forewarn.identity;

import java.util.function.Supplier;

import org.forewarn.shared.DomainException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs in-process work as a named user, so that it passes the same role and separation-of-duties
 * checks as an API call would (used to load the demo scenario through the services).
 */
@Component
public class ActingAs {

    private final UserAccounts accounts;

    ActingAs(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        ForewarnUser user = accounts.findByUsername(username).map(ForewarnUser::new)
                .orElseThrow(() -> DomainException.notFound("user", username));
        user.eraseCredentials();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
