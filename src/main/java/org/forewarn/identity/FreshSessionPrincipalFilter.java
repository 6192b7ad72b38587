package org.forewarn.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session remembers who signed in, not what they may do: on every request the account is
 * loaded again, so a changed role, clearance or compartment applies to the very next page. A session
 * whose account has been disabled or removed, or whose password has changed since, ends there.
 */
class FreshSessionPrincipalFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;

    FreshSessionPrincipalFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ForewarnUser signedIn) {
            Optional<ForewarnUser> fresh = accounts.findById(signedIn.actor().id()).filter(UserAccount::enabled)
                    .map(ForewarnUser::new).filter(user -> user.samePasswordAs(signedIn));
            if (fresh.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else {
                ForewarnUser user = fresh.get();
                user.eraseCredentials();
                UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken.authenticated(user,
                        null, user.getAuthorities());
                current.setDetails(auth.getDetails());
                // For this request only; the session keeps just the sign-in, which is refreshed again next time.
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(current);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
