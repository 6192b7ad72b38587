package org.forewarn.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who can sign in. Its roles, clearance and compartments are its confirmed access, the only
 * access authorization ever sees; elevated access still waiting for a second ADMIN is an
 * {@link AccessGrant}.
 */
@Table("users")
class UserAccount extends AbstractAggregateRoot<UserAccount> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String username;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private Clearance clearance;
    private Set<String> compartments;
    private boolean enabled;
    private boolean passwordChangeRequired;
    private Instant createdAt;
    private String createdBy;
    /** The recipient a PARTNER account speaks for; fixed at creation, {@code null} for staff. */
    private UUID recipientId;
    /** For an account of single sign-on: the provider, and the person's id there; {@code null} for a local account. */
    private String issuer;
    private String subject;

    UserAccount() {
    }

    /**
     * @param access                 what it holds from the start (already past the {@link TwoPersonRule})
     * @param passwordChangeRequired whether someone else chose the password, so it must be changed first
     */
    static UserAccount create(NewUser command, Access access, String passwordHash, boolean passwordChangeRequired,
            Instant now, String createdBy) {
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.username = command.username();
        user.displayName = command.displayName() != null ? command.displayName() : command.username();
        user.passwordHash = passwordHash;
        user.roles = access.roles();
        user.clearance = access.clearance();
        user.compartments = access.compartments();
        user.enabled = true;
        user.passwordChangeRequired = passwordChangeRequired;
        user.createdAt = now;
        user.createdBy = createdBy;
        user.recipientId = command.recipientId();
        user.registerEvent(new UserCreated(user.id, user.username, user.roles, user.clearance, user.compartments,
                createdBy, passwordChangeRequired, user.recipientId));
        return user;
    }

    /**
     * The account of someone signing in through the provider for the first time: no password here,
     * and the access the provider's claims give.
     *
     * @param username unique here, chosen once (see {@link SsoAccounts}); never changes afterwards
     */
    static UserAccount fromProvider(String issuer, String subject, String username, String displayName,
            Access access, Instant now) {
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.issuer = issuer;
        user.subject = subject;
        user.username = username;
        user.displayName = displayName;
        user.roles = access.roles();
        user.clearance = access.clearance();
        user.compartments = access.compartments();
        user.enabled = true;
        user.passwordChangeRequired = false;
        user.createdAt = now;
        user.createdBy = SsoAccounts.PROVIDER;
        user.registerEvent(new UserCreated(user.id, user.username, user.roles, user.clearance, user.compartments,
                SsoAccounts.PROVIDER, false, null));
        return user;
    }

    /**
     * At each sign-in the provider says again what the person may do; that is their access from now on.
     *
     * @return whether anything changed (and the account must be saved)
     */
    boolean accessFromProvider(Access access, String displayName) {
        boolean changed = !access.equals(access()) || !displayName.equals(this.displayName);
        this.displayName = displayName;
        changeAccess(access, SsoAccounts.PROVIDER, null, null);
        return changed;
    }

    boolean signsInThroughProvider() {
        return issuer != null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        registerEvent(new PasswordChanged(id, username));
    }

    /**
     * @param confirmedBy the second administrator, when the change is a confirmed grant
     */
    void changeAccess(Access access, String changedBy, String confirmedBy, UUID grantId) {
        if (access.equals(access())) {
            return;
        }
        this.roles = access.roles();
        this.clearance = access.clearance();
        this.compartments = access.compartments();
        registerEvent(new AccessChanged(id, username, roles, clearance, compartments, changedBy, confirmedBy, grantId));
    }

    void disable(Actor by) {
        if (!enabled) {
            throw DomainException.conflict("already-disabled", "The account " + username + " is already disabled.");
        }
        enabled = false;
        registerEvent(new UserDisabled(id, username, by.username()));
    }

    void enable(Actor by) {
        if (enabled) {
            throw DomainException.conflict("already-enabled", "The account " + username + " is already enabled.");
        }
        enabled = true;
        registerEvent(new UserEnabled(id, username, by.username()));
    }

    Access access() {
        return new Access(roles, clearance, compartments);
    }

    Actor toActor() {
        return new Actor(id, username, roles, clearance, compartments);
    }

    UserView view(AccessGrantView pendingGrant) {
        return new UserView(id, username, displayName, roles, clearance, compartments, enabled, passwordChangeRequired,
                createdAt, createdBy, pendingGrant, recipientId, issuer);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    UUID recipientId() {
        return recipientId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }
}
