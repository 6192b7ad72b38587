package org.forewarn.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal. Keeps the password hash only until authentication completes; after
 * that, only a short stamp of it, so that a console session can tell the password has changed since.
 */
class ForewarnUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;
    private final boolean passwordChangeRequired;
    private final int passwordStamp;
    private final UUID recipientId;

    ForewarnUser(UserAccount account) {
        this.actor = account.toActor();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.passwordChangeRequired = account.passwordChangeRequired();
        this.passwordStamp = account.passwordHash() == null ? 0 : account.passwordHash().hashCode();
        this.recipientId = account.recipientId();
    }

    /** The recipient a partner account speaks for. */
    Optional<UUID> recipientId() {
        return Optional.ofNullable(recipientId);
    }

    /** Whether this is still the password the account has (the hash is salted: a new password, a new stamp). */
    boolean samePasswordAs(ForewarnUser other) {
        return passwordStamp == other.passwordStamp;
    }

    Actor actor() {
        return actor;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "ForewarnUser[" + actor.username() + ", roles=" + List.copyOf(actor.roles()) + "]";
    }
}
