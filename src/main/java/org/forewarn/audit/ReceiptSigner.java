package org.forewarn.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.KeyFiles;
import org.springframework.stereotype.Component;

/**
 * Signs receipts with an Ed25519 key kept in the data directory (created on first use, readable
 * only by its owner), and publishes the public half as a JWK.
 */
@Component
class ReceiptSigner {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    /** The X.509 SubjectPublicKeyInfo prefix of an Ed25519 key; the raw 32-byte key follows. */
    static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final KeyPair keys;
    private final String keyId;
    private final String x;

    ReceiptSigner(ForewarnProperties forewarn) {
        Path file = KeyFiles.in(forewarn, "receipt-signing-key");
        this.keys = loadOrCreate(file);
        byte[] spki = keys.getPublic().getEncoded();
        this.x = B64URL.encodeToString(Arrays.copyOfRange(spki, ED25519_SPKI_PREFIX.length, spki.length));
        // RFC 7638 thumbprint: the SHA-256 of the required members in lexicographic order.
        String thumbprintInput = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
        this.keyId = B64URL.encodeToString(Hashes.sha256(thumbprintInput.getBytes(StandardCharsets.UTF_8)));
    }

    String keyId() {
        return keyId;
    }

    Map<String, String> publicJwk() {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", x);
        jwk.put("kid", keyId);
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        return jwk;
    }

    /** A compact JWS (RFC 7515) over exactly these payload bytes. */
    String sign(String payload) {
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + keyId + "\",\"typ\":\"forewarn-receipt+jws\"}";
        String signingInput = B64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Checks a compact JWS against this key, as a third party would with the public JWK alone: the
     * header names EdDSA and this key's id, and the signature verifies over {@code header.payload}.
     * Answers why not, or null when it holds.
     */
    String problemWith(String jws) {
        String[] parts = jws == null ? new String[0] : jws.split("\\.", -1);
        if (parts.length != 3) {
            return "it is not a compact JWS (three parts separated by dots)";
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            if (!header.contains("\"alg\":\"EdDSA\"")) {
                return "its header does not name the EdDSA algorithm";
            }
            if (!header.contains("\"kid\":\"" + keyId + "\"")) {
                return "it was signed with another key than the current one (" + keyId + ")";
            }
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(keys.getPublic());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2])) ? null
                    : "the signature does not verify: the signed bytes were altered";
        } catch (IllegalArgumentException e) {
            return "a part is not base64url";
        } catch (GeneralSecurityException e) {
            return "the signature does not verify (" + e.getMessage() + ")";
        }
    }

    private static KeyPair loadOrCreate(Path file) {
        Properties stored = KeyFiles.loadOrCreate(file, "receipt signing key", () -> {
            try {
                KeyPair created = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Properties key = new Properties();
                key.setProperty("algorithm", "Ed25519");
                key.setProperty("private", Base64.getEncoder().encodeToString(created.getPrivate().getEncoded()));
                key.setProperty("public", Base64.getEncoder().encodeToString(created.getPublic().getEncoded()));
                return key;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This JDK cannot make Ed25519 keys", e);
            }
        });
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(stored.getProperty("private"))));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(stored.getProperty("public"))));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("The receipt signing key in " + file + " is unreadable", e);
        }
    }
}
