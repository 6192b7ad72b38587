package org.forewarn.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting on this thread: the signed-in user, or the system when nobody is. */
@Component
public class CurrentUser {

    public Actor actor() {
        return signedIn().orElseGet(Actor::system);
    }

    public Optional<Actor> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ForewarnUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /**
     * The recipient the signed-in partner service speaks for; empty for staff and for the system. Only
     * an account that holds {@link Role#PARTNER} has one.
     */
    public Optional<UUID> partnerRecipient() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ForewarnUser user && user.actor().has(Role.PARTNER)) {
            return user.recipientId();
        }
        return Optional.empty();
    }

    /** The username to record as the author of a change. */
    public String name() {
        return actor().username();
    }
}
