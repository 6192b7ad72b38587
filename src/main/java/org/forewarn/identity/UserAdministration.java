package org.forewarn.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.forewarn.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating them, changing their access under the {@link TwoPersonRule}, confirming or
 * rejecting elevated grants, disabling and enabling them, and changing one's own password.
 * <p>
 * Accounts the system creates by itself, with nobody signed in (the first-start admin, the demo
 * users, test fixtures), are trusted provisioning: they get what they ask for and keep their
 * password. Accounts an administrator creates get only what one administrator may grant, the rest
 * waits for a second ADMIN, and must choose their own password at first sign-in.
 */
@Service
public class UserAdministration {

    private final UserAccounts accounts;
    private final AccessGrants grants;
    private final AdminQuorum quorum;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final PartnerRecipients partnerRecipients;

    UserAdministration(UserAccounts accounts, AccessGrants grants, AdminQuorum quorum, PasswordEncoder encoder,
            Clock clock, CurrentUser currentUser, JdbcClient jdbc, PartnerRecipients partnerRecipients) {
        this.jdbc = jdbc;
        this.partnerRecipients = partnerRecipients;
        this.accounts = accounts;
        this.grants = grants;
        this.quorum = quorum;
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

    /**
     * The first-start administrator of an empty installation, who alone may appoint a second
     * administrator ({@link AdminQuorum}).
     *
     * @param oneTimePassword whether the system generated the password, so it must be changed first
     */
    @Transactional
    UserView createFirstAdmin(NewUser command, boolean oneTimePassword) {
        UserView admin = create(command, oneTimePassword);
        quorum.openBootstrap();
        return admin;
    }

    private UserView create(NewUser command, boolean oneTimePassword) {
        Optional<Actor> admin = currentUser.signedIn();
        admin.ifPresent(UserAdministration::requireAdmin);
        if (accounts.existsByUsername(command.username())) {
            throw DomainException.conflict("username-taken", "A user named '" + command.username()
                    + "' already exists. Choose another username.");
        }
        if (command.recipientId() != null && !partnerRecipients.exists(command.recipientId())) {
            throw InvalidInput.of("recipientId", "is not a recipient in the directory");
        }
        Access requested = new Access(command.roles(), command.clearance(), command.compartments());
        String hash = encoder.encode(command.password());
        if (admin.isEmpty()) {
            UserAccount account = accounts.save(UserAccount.create(command, requested, hash, oneTimePassword,
                    clock.instant(), Actor.system().username()));
            quorum.update();
            return account.view(null);
        }
        TwoPersonRule.Decision decision = TwoPersonRule.decide(Access.NONE, requested,
                quorum.adminGrantNeedsSecondAdmin());
        UserAccount account = accounts.save(UserAccount.create(command, decision.immediate(), hash, true,
                clock.instant(), admin.get().username()));
        AccessGrant grant = decision.needsConfirmation()
                ? grants.save(AccessGrant.request(account.id(), account.username(), decision, admin.get(),
                clock.instant()))
                : null;
        quorum.update();
        return account.view(grant == null ? null : grant.view());
    }

    /**
     * Sets an account's access. Reductions and anything one administrator may grant apply at once;
     * the elevated rest becomes a pending grant (replacing any earlier one) until a second ADMIN
     * confirms it.
     */
    @Transactional
    public UserView changeAccess(UUID userId, AccessChange change) {
        Actor admin = requireAdmin(currentUser.actor());
        UserAccount account = account(userId);
        requireSomeoneElse(admin, account, "change your own access");
        if (account.signsInThroughProvider()) {
            throw DomainException.conflict("access-from-identity-provider", "The access of " + account.username()
                    + " comes from the identity provider at each sign-in: change their roles, clearance or compartments "
                    + "there. Here you can disable the account.");
        }
        Violations partner = Violations.check();
        PartnerAccess.check(change.roles(), change.compartments(), account.recipientId(), partner);
        partner.orThrow();
        TwoPersonRule.Decision decision = TwoPersonRule.decide(account.access(), Access.of(change),
                quorum.adminGrantNeedsSecondAdmin());
        grants.findByUserIdAndStatus(userId, GrantStatus.PENDING).ifPresent(earlier -> {
            earlier.supersede(admin, clock.instant());
            grants.save(earlier);
        });
        account.changeAccess(decision.immediate(), admin.username(), null, null);
        accounts.save(account);
        AccessGrant grant = decision.needsConfirmation()
                ? grants.save(AccessGrant.request(userId, account.username(), decision, admin, clock.instant()))
                : null;
        quorum.update();
        return account.view(grant == null ? null : grant.view());
    }

    /** A second administrator confirms a pending grant: the account holds it from now on. */
    @Transactional
    public AccessGrantView confirm(UUID grantId) {
        Actor admin = requireAdmin(currentUser.actor());
        AccessGrant grant = grant(grantId);
        grant.confirm(admin, clock.instant());
        UserAccount account = account(grant.userId());
        grants.save(grant);
        account.changeAccess(grant.access(), grant.requestedBy(), admin.username(), grant.id());
        accounts.save(account);
        quorum.update();
        return grant.view();
    }

    @Transactional
    public AccessGrantView reject(UUID grantId, GrantRejection rejection) {
        Actor admin = requireAdmin(currentUser.actor());
        AccessGrant grant = grant(grantId);
        grant.reject(admin, rejection.reason(), clock.instant());
        return grants.save(grant).view();
    }

    @Transactional
    public UserView disable(UUID userId) {
        Actor admin = requireAdmin(currentUser.actor());
        UserAccount account = account(userId);
        requireSomeoneElse(admin, account, "disable your own account");
        account.disable(admin);
        return view(accounts.save(account));
    }

    @Transactional
    public UserView enable(UUID userId) {
        Actor admin = requireAdmin(currentUser.actor());
        UserAccount account = account(userId);
        requireSomeoneElse(admin, account, "enable your own account");
        account.enable(admin);
        return view(accounts.save(account));
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    public boolean anyUserExists() {
        return accounts.count() > 0;
    }

    /**
     * One page of the accounts that pass the filter, most recently created first (ties by id), each
     * with its pending grant; through the (created_at desc, id desc) index at any depth (V10).
     */
    public Page<UserView> users(UserFilter filter, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("created_at", "id", request);
        SqlCondition where = where(filter);
        List<UUID> ids = keyset.ids(jdbc, "users", where);
        Map<UUID, AccessGrantView> pending = ids.isEmpty() ? Map.of()
                : grants.findByUserIdInAndStatus(ids, GrantStatus.PENDING).stream()
                        .collect(Collectors.toMap(AccessGrant::userId, AccessGrant::view));
        List<UserView> found = KeysetSql.inOrder(ids, accounts.findAllById(ids), UserAccount::id).stream()
                .map(a -> a.view(pending.get(a.id()))).toList();
        return Page.of(found, request, u -> new Keyset(u.createdAt(), u.id()));
    }

    /** How many accounts pass the filter (for "1-50 of 1,234"), exactly up to a point and then about. */
    public ListCount countUsers(UserFilter filter) {
        SqlCondition where = where(filter);
        return ListCount.of(jdbc, "users", where);
    }

    /** The name search goes through the trigram index on username and display name (V10). */
    private static SqlCondition where(UserFilter filter) {
        return SqlFilter.where()
                .and("(username || ' ' || display_name) ilike :name", "name", SqlFilter.containing(filter.text()))
                .and("cast(:role as text) = any(roles)", "role", filter.role())
                .and("enabled = :enabled", "enabled", filter.enabled()).condition();
    }

    /** The account with this username, if any. */
    public Optional<UserView> byUsername(String username) {
        return accounts.findByUsername(username).map(this::view);
    }

    public UserView user(UUID userId) {
        return view(account(userId));
    }

    /**
     * One page of the grants, most recently requested first (ties by id), through the
     * (requested_at desc, id desc) or (status, requested_at desc, id desc) index (V10).
     *
     * @param status only grants in this state, or all of them if {@code null}
     */
    public Page<AccessGrantView> grants(GrantStatus status, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("requested_at", "id", request);
        SqlCondition where = SqlFilter.where().and("status = :status", "status", status).condition();
        List<UUID> ids = keyset.ids(jdbc, "access_grants", where);
        List<AccessGrantView> found = KeysetSql.inOrder(ids, grants.findAllById(ids), AccessGrant::id).stream()
                .map(AccessGrant::view).toList();
        return Page.of(found, request, g -> new Keyset(g.requestedAt(), g.id()));
    }


    public AccessGrantView grantView(UUID grantId) {
        return grant(grantId).view();
    }

    public UserView me() {
        Actor actor = currentUser.actor();
        return accounts.findById(actor.id()).map(this::view)
                .orElseThrow(() -> DomainException.notFound("user", actor.id()));
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentUser.actor();
        UserAccount account = accounts.findById(actor.id())
                .orElseThrow(() -> DomainException.notFound("user", actor.id()));
        if (account.signsInThroughProvider()) {
            throw DomainException.conflict("password-at-identity-provider",
                    "You sign in through your organisation's identity provider: change your password there.");
        }
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

    private UserView view(UserAccount account) {
        return account.view(grants.findByUserIdAndStatus(account.id(), GrantStatus.PENDING).map(AccessGrant::view)
                .orElse(null));
    }

    private UserAccount account(UUID userId) {
        return accounts.findById(userId).orElseThrow(() -> DomainException.notFound("user", userId));
    }

    private AccessGrant grant(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> DomainException.notFound("access grant", grantId));
    }

    private static Actor requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw DomainException.forbidden("forbidden", "Only an ADMIN administers accounts.");
        }
        return actor;
    }

    private static void requireSomeoneElse(Actor admin, UserAccount account, String what) {
        if (admin.id().equals(account.id())) {
            throw DomainException.forbidden("own-account", "You cannot " + what
                    + ". Another ADMIN must do it, so that no administrator decides about themselves.");
        }
    }
}
