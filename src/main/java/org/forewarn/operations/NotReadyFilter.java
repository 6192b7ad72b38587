package org.forewarn.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.forewarn.shared.web.ProblemResponses;
import org.forewarn.shared.web.Problems;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server's port opens before the start has finished: the demo's users and cases (and the
 * first-start admin) are made by runners that run after it, and readiness says REFUSING_TRAFFIC until
 * they are done (and again while shutting down). Until then every request but the actuator's gets 503
 * with {@code Retry-After}, ahead of any sign-in: a person or script that does not wait for readiness
 * is told to come back, instead of getting a 401 for a user that does not exist yet — which would also
 * count as a failed sign-in and soon throttle that account.
 */
class NotReadyFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    private final ApplicationAvailability availability;

    NotReadyFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ProblemResponses.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "not-ready",
                "Forewarn is starting (or stopping) and does not take requests yet; try again shortly. "
                        + "GET /actuator/health/readiness says when it does."));
    }
}
