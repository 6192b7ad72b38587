package org.forewarn.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;

import tools.jackson.databind.JsonNode;

/** Checks an EdDSA signature from the public JWK alone, the way any third party would. */
public final class Ed25519Jwk {

    private Ed25519Jwk() {
    }

    public static boolean verifies(JsonNode jwk, String signingInput, String signature)
            throws GeneralSecurityException {
        byte[] raw = Base64.getUrlDecoder().decode(jwk.get("x").asString());
        // RFC 8032: the key is the y coordinate little-endian, with x's parity in the top bit.
        boolean xOdd = (raw[raw.length - 1] & 0x80) != 0;
        byte[] y = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            y[i] = raw[raw.length - 1 - i];
        }
        y[0] &= 0x7F;
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(
                new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, y))));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(signature));
    }
}
