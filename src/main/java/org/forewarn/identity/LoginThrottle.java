package org.forewarn.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.database.ClusterJobs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL (shared by every node,
 * updated atomically) and refuses attempts that come before the {@link ThrottleSchedule} allows,
 * without looking at the password. Accounts are keyed by an HMAC of the normalised username, so a
 * name that no account has is counted exactly like one that exists, and no username (nor a
 * password typed into the username field) is stored or logged. A successful sign-in does not reset
 * either count: otherwise an attacker could slip guesses in between the victim's own sign-ins (or,
 * per address, between sign-ins to an account of their own). Counts are forgotten after a quiet
 * {@code window}.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottleProperties settings;
    private final CurrentUser currentUser;
    private final ClusterJobs cluster;
    private volatile byte[] secret;

    /** One sign-in attempt, by its keys; the username (normalised) only to name an existing account. */
    record Attempt(String username, String accountKey, String addressKey) {
        @Override
        public String toString() {
            return "Attempt[" + accountKey + ", " + addressKey + "]";
        }
    }

    private record Counted(UUID id, int failures, Instant firstFailureAt, Instant blockedUntil, boolean lockedOut) {
    }

    LoginThrottle(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
            AuthenticationProperties properties, CurrentUser currentUser, ClusterJobs cluster) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.settings = properties.loginThrottle();
        this.currentUser = currentUser;
        this.cluster = cluster;
    }

    /**
     * @param address the client address, or {@code null} for a sign-in that did not come over the network
     * @throws LoginThrottledException if the account or the address must wait
     */
    Attempt admit(String username, String address) {
        String name = normalise(username);
        Attempt attempt = new Attempt(name, accountKey(name), address == null ? null : ClientAddresses.throttleKey(address));
        Instant now = clock.instant();
        Timestamp blocked = jdbc.sql("""
                select blocked_until from login_throttle
                where ((kind = 'ACCOUNT' and key = :account) or (kind = 'ADDRESS' and key = :address))
                  and blocked_until > :now
                order by blocked_until desc limit 1""")
                .param("account", attempt.accountKey()).param("address", attempt.addressKey())
                .param("now", Timestamp.from(now)).query(Timestamp.class).optional().orElse(null);
        if (blocked != null) {
            throw new LoginThrottledException(Duration.between(now, blocked.toInstant()));
        }
        return attempt;
    }

    /** Counts a failed attempt against its account and its address, and records a lockout when one begins. */
    void failed(Attempt attempt) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            count(ThrottleKind.ACCOUNT, attempt.accountKey(), attempt, now);
            if (attempt.addressKey() != null) {
                count(ThrottleKind.ADDRESS, attempt.addressKey(), attempt, now);
            }
        });
    }

    private void count(ThrottleKind kind, String key, Attempt attempt, Instant now) {
        // A row last active before staleBefore starts over; the row stays locked until commit, so
        // concurrent failures of one key are counted one after the other.
        Counted counted = jdbc.sql("""
                insert into login_throttle as t (id, kind, key, failures, first_failure_at, last_failure_at)
                values (:id, :kind, :key, 1, :now, :now)
                on conflict (kind, key) do update set
                    failures = case when %1$s then 1 else t.failures + 1 end,
                    first_failure_at = case when %1$s then :now else t.first_failure_at end,
                    blocked_until = case when %1$s then null else t.blocked_until end,
                    locked_out = case when %1$s then false else t.locked_out end,
                    last_failure_at = :now
                returning id, failures, first_failure_at, blocked_until, locked_out"""
                        .formatted("greatest(t.last_failure_at, coalesce(t.blocked_until, t.last_failure_at)) < :staleBefore"))
                .param("id", UUID.randomUUID()).param("kind", kind.name()).param("key", key)
                .param("now", Timestamp.from(now)).param("staleBefore", Timestamp.from(now.minus(settings.window())))
                .query(LoginThrottle::counted).single();
        settings.schedule(kind).after(counted.failures(), now).ifPresent(block -> {
            jdbc.sql("""
                    update login_throttle set blocked_until = greatest(coalesce(blocked_until, :until), :until),
                                              locked_out = locked_out or :lockedOut
                    where kind = :kind and key = :key""")
                    .param("until", Timestamp.from(block.until())).param("lockedOut", block.lockedOut())
                    .param("kind", kind.name()).param("key", key).update();
            boolean alreadyLocked = counted.lockedOut() && counted.blockedUntil() != null
                    && counted.blockedUntil().isAfter(now);
            if (block.lockedOut() && !alreadyLocked) {
                String subject = kind == ThrottleKind.ADDRESS ? key : accountName(attempt.username());
                events.publishEvent(new LoginLockedOut(counted.id(), kind, subject, counted.failures(),
                        counted.firstFailureAt(), block.until()));
            }
        });
    }

    /** Everything counted within the window, most recent failure first. */
    List<LoginThrottleView> current() {
        Instant now = clock.instant();
        Map<String, String> names = accountNamesByKey();
        return jdbc.sql("""
                select * from login_throttle
                where greatest(last_failure_at, coalesce(blocked_until, last_failure_at)) >= :staleBefore
                order by last_failure_at desc""")
                .param("staleBefore", Timestamp.from(now.minus(settings.window())))
                .query((rs, n) -> view(rs, names)).list();
    }

    /** Clears one account's or address's failures at once; recorded on the audit chain. */
    LoginThrottleView lift(UUID id) {
        Map<String, String> names = accountNamesByKey();
        return tx.execute(status -> {
            LoginThrottleView lifted = jdbc.sql("delete from login_throttle where id = :id returning *")
                    .param("id", id).query((rs, n) -> view(rs, names)).optional()
                    .orElseThrow(() -> DomainException.notFound("login throttle entry", id));
            events.publishEvent(new LoginThrottleLifted(lifted.id(), lifted.kind(), lifted.subject(),
                    lifted.failures(), currentUser.name()));
            return lifted;
        });
    }

    /**
     * Forgets what is past the window, so that names sprayed by an attacker do not pile up; on one
     * node of the cluster per tick.
     */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void forgetStale() {
        cluster.runOnce("login-throttle-cleanup", Duration.ofMinutes(5), () -> jdbc.sql("""
                delete from login_throttle
                where greatest(last_failure_at, coalesce(blocked_until, last_failure_at)) < :staleBefore""")
                .param("staleBefore", Timestamp.from(clock.instant().minus(settings.window()))).update());
    }

    private LoginThrottleView view(ResultSet rs, Map<String, String> names) throws SQLException {
        ThrottleKind kind = ThrottleKind.valueOf(rs.getString("kind"));
        String key = rs.getString("key");
        Timestamp blocked = rs.getTimestamp("blocked_until");
        return new LoginThrottleView(rs.getObject("id", UUID.class), kind,
                kind == ThrottleKind.ADDRESS ? key : names.getOrDefault(key, LoginLockedOut.NO_SUCH_ACCOUNT),
                rs.getInt("failures"), rs.getTimestamp("first_failure_at").toInstant(),
                rs.getTimestamp("last_failure_at").toInstant(), blocked == null ? null : blocked.toInstant(),
                rs.getBoolean("locked_out"));
    }

    private static Counted counted(ResultSet rs, int row) throws SQLException {
        Timestamp blocked = rs.getTimestamp("blocked_until");
        return new Counted(rs.getObject("id", UUID.class), rs.getInt("failures"),
                rs.getTimestamp("first_failure_at").toInstant(), blocked == null ? null : blocked.toInstant(),
                rs.getBoolean("locked_out"));
    }

    private String accountName(String normalisedUsername) {
        boolean exists = jdbc.sql("select exists (select 1 from users where username = :username)")
                .param("username", normalisedUsername).query(Boolean.class).single();
        return exists ? normalisedUsername : LoginLockedOut.NO_SUCH_ACCOUNT;
    }

    private Map<String, String> accountNamesByKey() {
        Map<String, String> names = new HashMap<>();
        for (String username : jdbc.sql("select username from users").query(String.class).list()) {
            names.put(accountKey(normalise(username)), username);
        }
        return names;
    }

    /** Case and compatibility forms folded, so that {@code Admin} and {@code ａｄｍｉｎ} share one count. */
    static String normalise(String username) {
        return username == null ? "" : Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private String accountKey(String normalisedUsername) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalisedUsername.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        byte[] key = secret;
        if (key == null) {
            key = jdbc.sql("select secret from login_throttle_secret where id = 1").query(String.class).single()
                    .getBytes(StandardCharsets.UTF_8);
            secret = key;
        }
        return key;
    }
}
