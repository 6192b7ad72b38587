package org.forewarn.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.forewarn.shared.database.DatabaseNotifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a few minutes, that a username and password were verified, so an API client
 * sending HTTP Basic on every request does not pay a full Argon2 hash each time (tens of
 * milliseconds of CPU). Entries are keyed by an HMAC of the credentials under a key that lives only
 * in this process's memory, never by the password itself, and are dropped when the password changes
 * or the account is disabled. The {@link LoginThrottle} is asked before this cache, so a remembered
 * password does not get past a lockout.
 *
 * <p>Every node sharing the database keeps its own; a password changed or an account disabled on
 * one node is forgotten on all of them through a PostgreSQL NOTIFY sent in the changing transaction
 * (so it takes effect everywhere at commit, not after the cache's time to live), and a node whose
 * listening connection was down forgets everything, since it may have missed one.
 */
@Component
class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;
    static final String CHANNEL = "forewarn_credentials";

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Duration ttl;
    private final Clock clock;
    private final DatabaseNotifications notifications;

    private record Entry(String username, Instant until) {
    }

    VerifiedCredentials(AuthenticationProperties properties, DatabaseNotifications notifications) {
        new SecureRandom().nextBytes(key);
        this.ttl = properties.credentialCacheTtl();
        this.clock = Clock.systemUTC();
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, new DatabaseNotifications.Subscriber() {
            @Override
            public void received(String username) {
                forget(username);
            }

            @Override
            public void mayHaveMissed() {
                verified.clear();
            }
        });
    }

    boolean recentlyVerified(String username, String password) {
        Entry entry = verified.get(fingerprint(username, password));
        return entry != null && entry.until().isAfter(clock.instant());
    }

    void remember(String username, String password) {
        if (ttl.isZero()) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            evictExpired();
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint(username, password), new Entry(username, clock.instant().plus(ttl)));
    }

    @EventListener
    void on(PasswordChanged changed) {
        forget(changed.username());
        notifications.send(CHANNEL, changed.username());
    }

    @EventListener
    void on(UserDisabled disabled) {
        forget(disabled.username());
        notifications.send(CHANNEL, disabled.username());
    }

    void forget(String username) {
        verified.values().removeIf(e -> e.username().equals(username));
    }

    private void evictExpired() {
        Instant now = clock.instant();
        for (Iterator<Entry> it = verified.values().iterator(); it.hasNext(); ) {
            if (!it.next().until().isAfter(now)) {
                it.remove();
            }
        }
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
