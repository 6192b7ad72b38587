package org.forewarn.identity;

import java.time.Clock;
import java.util.List;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users and changing passwords. */
@Service
public class UserAdministration {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final CurrentUser currentUser;

    UserAdministration(UserAccounts accounts, PasswordEncoder encoder, Clock clock, CurrentUser currentUser) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional
    public UserView create(NewUser command) {
        if (command.password() == null) {
            throw InvalidInput.of("password", "is required");
        }
        return create(command, false);
    }

    @Transactional
    UserView create(NewUser command, boolean passwordChangeRequired) {
        if (accounts.existsByUsername(command.username())) {
            throw DomainException.conflict("username-taken", "A user named '" + command.username()
                    + "' already exists. Choose another username.");
        }
        UserAccount account = UserAccount.create(command, encoder.encode(command.password()), passwordChangeRequired,
                clock.instant(), currentUser.name());
        return accounts.save(account).view();
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    public boolean anyUserExists() {
        return accounts.count() > 0;
    }

    public List<UserView> all() {
        return accounts.findAllByOrderByUsername().stream().map(UserAccount::view).toList();
    }

    public UserView me() {
        Actor actor = currentUser.actor();
        return accounts.findById(actor.id()).map(UserAccount::view)
                .orElseThrow(() -> DomainException.notFound("user", actor.id()));
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentUser.actor();
        UserAccount account = accounts.findById(actor.id())
                .orElseThrow(() -> DomainException.notFound("user", actor.id()));
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInput.of("currentPassword", "does not match your current password");
        }
        if (!PasswordRule.acceptable(newPassword)) {
            throw InvalidInput.of("newPassword", PasswordRule.DESCRIPTION);
        }
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw InvalidInput.of("newPassword", "must differ from the current password");
        }
        account.changePassword(encoder.encode(newPassword));
        accounts.save(account);
    }
}
