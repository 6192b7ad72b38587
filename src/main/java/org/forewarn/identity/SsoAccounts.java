package org.forewarn.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.forewarn.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts of people who sign in through the identity provider. A person is who the provider
 * says — its issuer and their subject there — never a name: two people the provider calls "alice"
 * are two accounts, and a local account "alice" is a third. The username each gets here is chosen
 * once, at the first sign-in: the provider's name for them if nobody here has it, otherwise that
 * name with a short mark of their identity ({@code alice~3f9c2a1b}), which no local account can
 * take. Since separation of duties compares usernames, it compares identities.
 * <p>
 * What the person may do comes from the claims of each sign-in and replaces what the account held
 * (recorded as {@link AccessChanged} by the provider). An administrator can still disable the
 * account here; a disabled account cannot sign in whatever the provider says.
 */
@Component
class SsoAccounts {

    /** Who is recorded as having created or changed an account of single sign-on. */
    static final String PROVIDER = "identity-provider";

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final AdminQuorum quorum;
    private final Clock clock;

    SsoAccounts(UserAccounts accounts, JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events,
            AdminQuorum quorum, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.quorum = quorum;
        this.clock = clock;
    }

    /** What the provider says about the person signing in. */
    record Identity(String issuer, String subject, String username, String displayName, Access access) {
    }

    /**
     * A console sign-in: the account (made on the first one) with the access the claims give, and
     * the sign-in on the audit chain.
     */
    UserAccount signIn(Identity identity) {
        return onceMore(() -> tx.execute(status -> {
            UserAccount account = current(identity);
            events.publishEvent(signedIn(account, identity, "console"));
            return account;
        }));
    }

    /**
     * A request with a bearer token: as {@link #signIn}, but only the token's first use is a
     * sign-in on the audit chain (whichever node it reaches), not every request made with it.
     */
    UserAccount bearer(Identity identity, String tokenValue, Instant expiresAt) {
        return onceMore(() -> tx.execute(status -> {
            UserAccount account = current(identity);
            Instant now = clock.instant();
            int first = jdbc.sql("""
                    insert into sso_token_uses (token_hash, user_id, first_used_at, expires_at)
                    values (:hash, :user, :now, :expires) on conflict do nothing""")
                    .param("hash", Sha256.hex(tokenValue)).param("user", account.id())
                    .param("now", Timestamp.from(now))
                    .param("expires", Timestamp.from(expiresAt != null ? expiresAt : now.plusSeconds(3600)))
                    .update();
            if (first == 1) {
                events.publishEvent(signedIn(account, identity, "bearer-token"));
                jdbc.sql("""
                        delete from sso_token_uses where token_hash in
                            (select token_hash from sso_token_uses where expires_at < :now limit 100)""")
                        .param("now", Timestamp.from(now.minusSeconds(3600))).update();
            }
            return account;
        }));
    }

    /**
     * Two first sign-ins of one person at the same moment (two requests, or two nodes) both try to
     * make the account, or to record the same change of access: the second loses on the unique
     * identity or the version, and simply goes again, finding what the first committed.
     */
    private static UserAccount onceMore(Supplier<UserAccount> signIn) {
        try {
            return signIn.get();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
            return signIn.get();
        }
    }

    /** The person's account as the claims of this sign-in leave it; made if this is their first. */
    private UserAccount current(Identity identity) {
        if (identity.access().roles().isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "Your identity provider gives you no Forewarn role; ask its administrators for one.", null));
        }
        Optional<UserAccount> known = accounts.findByIssuerAndSubject(identity.issuer(), identity.subject());
        UserAccount account;
        if (known.isPresent()) {
            account = known.get();
            if (!account.enabled()) {
                throw new DisabledException("The account " + account.username() + " is disabled in Forewarn.");
            }
            if (!account.accessFromProvider(identity.access(), identity.displayName())) {
                return account; // nothing to write: most requests with a bearer token
            }
        } else {
            account = UserAccount.fromProvider(identity.issuer(), identity.subject(), freeUsername(identity),
                    identity.displayName(), identity.access(), clock.instant());
        }
        account = accounts.save(account);
        quorum.update();
        return account;
    }

    /** The provider's name for the person, unless someone here already has it. */
    private String freeUsername(Identity identity) {
        String wanted = identity.username().toLowerCase(Locale.ROOT);
        if (wanted.length() > 64) {
            wanted = wanted.substring(0, 64);
        }
        if (!accounts.existsByUsername(wanted)) {
            return wanted;
        }
        return wanted + "~" + Sha256.hex(identity.issuer() + "\n" + identity.subject()).substring(0, 8);
    }

    private static SignedIn signedIn(UserAccount account, Identity identity, String method) {
        Access access = account.access();
        return new SignedIn(account.id(), account.username(), identity.issuer(), identity.subject(), method,
                access.roles(), access.clearance(), access.compartments());
    }
}
