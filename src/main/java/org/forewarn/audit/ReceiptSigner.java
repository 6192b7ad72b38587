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
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.KeyFiles;
import org.springframework.stereotype.Component;

/**
 * Signs receipts with an Ed25519 key kept in the data directory (created on first use, readable
 * only by its owner), and publishes the public half as a JWK.
 */
@Component
class ReceiptSigner {

    private static final Pattern KID = Pattern.compile("\"kid\":\"([^\"]+)\"");

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
        this.keyId = keyId(x);
    }

    String keyId() {
        return keyId;
    }

    Map<String, String> publicJwk() {
        return jwk(x);
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

    /** The public half of this node's key, as stored in the registry of signing keys. */
    String x() {
        return x;
    }

    /**
     * Checks a compact JWS as a third party would with the public JWK alone: the header names EdDSA
     * and a key, and the signature verifies over {@code header.payload} with that key — this node's,
     * or another's that {@code otherKeys} knows (another node's, or an earlier one). Answers why
     * not, or null when it holds.
     *
     * @param otherKeys the public key ({@code x}, base64url) of a key id, if it ever signed here
     */
    String problemWith(String jws, Function<String, Optional<String>> otherKeys) {
        String[] parts = jws == null ? new String[0] : jws.split("\\.", -1);
        if (parts.length != 3) {
            return "it is not a compact JWS (three parts separated by dots)";
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            if (!header.contains("\"alg\":\"EdDSA\"")) {
                return "its header does not name the EdDSA algorithm";
            }
            Matcher kid = KID.matcher(header);
            if (!kid.find()) {
                return "its header names no key (kid)";
            }
            PublicKey key;
            if (kid.group(1).equals(keyId)) {
                key = keys.getPublic();
            } else {
                Optional<String> other = otherKeys.apply(kid.group(1));
                if (other.isEmpty()) {
                    return "it was signed with a key that never signed a receipt here (" + kid.group(1) + ")";
                }
                key = publicKey(other.get());
                if (!keyId(other.get()).equals(kid.group(1))) {
                    return "the key registered as " + kid.group(1) + " is not that key";
                }
            }
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2])) ? null
                    : "the signature does not verify: the signed bytes were altered";
        } catch (IllegalArgumentException e) {
            return "a part is not base64url";
        } catch (GeneralSecurityException e) {
            return "the signature does not verify (" + e.getMessage() + ")";
        }
    }

    /** RFC 7638 thumbprint: the SHA-256 of the required members in lexicographic order. */
    static String keyId(String x) {
        String thumbprintInput = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
        return B64URL.encodeToString(Hashes.sha256(thumbprintInput.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> jwk(String x) {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", x);
        jwk.put("kid", keyId(x));
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        return jwk;
    }

    private static PublicKey publicKey(String x) throws GeneralSecurityException {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
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
