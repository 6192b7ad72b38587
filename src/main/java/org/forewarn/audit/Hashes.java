package org.forewarn.audit;

import org.forewarn.shared.Sha256;


final class Hashes {

    static final String GENESIS = "0".repeat(64);

    private Hashes() {
    }

    static String sha256Hex(String input) {
        return Sha256.hex(input);
    }

    static byte[] sha256(byte[] input) {
        return Sha256.of(input);
    }
}
