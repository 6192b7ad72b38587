package org.forewarn.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.forewarn.shared.web.ProblemResponses;
import org.forewarn.shared.web.Problems;
import org.forewarn.shared.web.TaxiiResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user signed in with a one-time password may do nothing but choose a new one. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/api/v1/me/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ForewarnUser user && user.passwordChangeRequired()
                && !CHANGE_PASSWORD_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            String detail = "You signed in with a one-time password. Choose your own first: POST "
                    + CHANGE_PASSWORD_PATH + " with {\"currentPassword\": ..., \"newPassword\": ...}.";
            if (request.getRequestURI().startsWith(request.getContextPath() + "/taxii2")) {
                TaxiiResponses.writeError(response, 403, "Password change required", detail);
                return;
            }
            ProblemResponses.write(response, Problems.of(HttpStatus.FORBIDDEN, "password-change-required", detail));
            return;
        }
        chain.doFilter(request, response);
    }
}
