package org.forewarn.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An approved statement of record as a self-contained document a third party can keep and check
 * offline. It holds only what may be released: the approved text, what the signed receipt says
 * about the delivery (read from the receipt itself), the receipt's JWS and the public key. No
 * protected details, no reasons for withholding, no names of staff beyond what the receipt signed.
 *
 * @param quotedText the delivered text the statement quotes; equal to the JWS payload's {@code releasableText}
 * @param warning    what the receipt says about the delivery, its values copied from the signed payload
 * @param receipt    the proof: a compact JWS (EdDSA) whose payload is the receipt's canonical JSON
 * @param publicKey  the public key (JWK) that verifies the JWS; its {@code kid} is its RFC 7638 thumbprint
 */
public record StatementBundle(String type, String issuer, UUID statementId, Instant approvedAt, String statement,
                              String quotedText, DeliveredWarning warning, Proof receipt, Map<String, String> publicKey,
                              List<String> howToVerify) {

    public static final String TYPE = "forewarn.statement-of-record/v1";

    /** @param deliveredAt exactly as the signed payload writes it (ISO-8601, UTC) */
    public record DeliveredWarning(String reference, String recipient, String deliveredAt) {
    }

    public record Proof(String jws, String keyId, Instant issuedAt) {
    }

    static List<String> steps() {
        return List.of(
                "1. Split receipt.jws at its two dots into header, payload and signature (each base64url).",
                "2. Verify the Ed25519 signature (JWS alg EdDSA, RFC 8037) over the ASCII text 'header.payload' "
                        + "with publicKey.x; any EdDSA JOSE library does this, or scripts/verify-receipt.sh with "
                        + "OpenSSL alone.",
                "3. Check that the JWS header's kid equals publicKey.kid, that publicKey.kid is the RFC 7638 "
                        + "thumbprint of publicKey, and that it is the key id the issuer publishes.",
                "4. Decode the payload (canonical JSON). Check that its releasableText equals quotedText, "
                        + "character for character, and that the statement contains quotedText.",
                "5. Check that the payload's reference, recipient.name and deliveredAt equal warning.reference, "
                        + "warning.recipient and warning.deliveredAt.",
                "scripts/verify-statement.sh bundle.json does all of the above with bash, jq and OpenSSL; see "
                        + "docs/receipts.md.");
    }
}
