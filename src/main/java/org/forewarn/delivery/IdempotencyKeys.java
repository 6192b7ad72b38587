package org.forewarn.delivery;

import java.util.UUID;

import org.forewarn.shared.ChannelType;

/**
 * The one scheme of idempotency keys. A key names what is being sent, to whom and on which channel,
 * and never anything about the attempt, so every attempt of the same message — a retry, a resend
 * after a crash, another node taking over — carries the same key, and a receiver can drop what it
 * already has. It travels as the {@code Idempotency-Key} header (HTTP and e-mail) and makes the
 * e-mail Message-ID.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** A warning on one of its recipient's channels: {@code forewarn-<warning>-<channel>}. */
    public static String forWarning(UUID warningId, ChannelType channel) {
        return "forewarn-" + warningId + "-" + suffix(channel);
    }

    /** A public alert to one enrolled person on one channel: {@code forewarn-alert-<alert>-<person>-<channel>}. */
    public static String forAlert(UUID alertId, UUID personId, ChannelType channel) {
        return "forewarn-alert-" + alertId + "-" + personId + "-" + suffix(channel);
    }

    private static String suffix(ChannelType channel) {
        return channel.name().toLowerCase(java.util.Locale.ROOT);
    }
}
