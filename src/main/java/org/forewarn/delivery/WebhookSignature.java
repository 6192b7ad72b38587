package org.forewarn.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How every webhook Forewarn sends is signed, and how a receiver checks it:
 * {@code X-Forewarn-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))}, with the
 * timestamp (Unix seconds) in {@code X-Forewarn-Timestamp}. A receiver should also refuse a
 * timestamp far from its own clock, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Forewarn-Signature";
    public static final String TIMESTAMP_HEADER = "X-Forewarn-Timestamp";

    private WebhookSignature() {
    }

    /** The {@code X-Forewarn-Signature} value for this body sent at this timestamp. */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether a received signature is the one this secret makes (compared in constant time). */
    public static boolean verify(String secret, String timestamp, String body, String signature) {
        if (signature == null || timestamp == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
