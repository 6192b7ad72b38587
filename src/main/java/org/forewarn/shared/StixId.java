package org.forewarn.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: {@code type--uuid}, the UUID a version 5 (name-based, SHA-1) one of
 * the object's name in Forewarn's own namespace. Exporting the same record twice gives the same id,
 * so a consumer sees a new version of an object, not a new object.
 */
public final class StixId {

    /** Forewarn's namespace for name-based STIX ids (random, fixed forever). */
    public static final UUID NAMESPACE = UUID.fromString("6f2b9a0e-3c1d-4b8e-9a57-0d4c2e7f1b36");

    private StixId() {
    }

    /** e.g. {@code of("campaign", "case:" + threatId)} */
    public static String of(String type, String name) {
        return type + "--" + uuid5(NAMESPACE, type + ":" + name);
    }

    /** The RFC 9562 version 5 UUID of {@code name} in {@code namespace}. */
    public static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
