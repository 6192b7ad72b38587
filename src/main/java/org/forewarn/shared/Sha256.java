package org.forewarn.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of bytes or of a string's UTF-8, for every module that needs one. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static byte[] of(String input) {
        return of(input.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hexadecimal, 64 characters. */
    public static String hex(String input) {
        return HexFormat.of().formatHex(of(input));
    }
}
