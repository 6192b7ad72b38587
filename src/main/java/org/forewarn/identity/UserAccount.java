package org.forewarn.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in. */
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

    UserAccount() {
    }

    static UserAccount create(NewUser command, String passwordHash, boolean passwordChangeRequired, Instant now,
            String createdBy) {
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.username = command.username();
        user.displayName = command.displayName() != null ? command.displayName() : command.username();
        user.passwordHash = passwordHash;
        user.roles = Set.copyOf(command.roles());
        user.clearance = command.clearance();
        user.compartments = Set.copyOf(command.compartments());
        user.enabled = true;
        user.passwordChangeRequired = passwordChangeRequired;
        user.createdAt = now;
        user.createdBy = createdBy;
        user.registerEvent(new UserCreated(user.id, user.username, user.roles, user.clearance, createdBy));
        return user;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        registerEvent(new PasswordChanged(id, username));
    }

    Actor toActor() {
        return new Actor(id, username, roles, clearance, compartments);
    }

    UserView view() {
        return new UserView(id, username, displayName, roles, clearance, compartments, enabled, createdAt);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
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
