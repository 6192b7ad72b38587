package org.forewarn.review;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A statement of record as shown to case readers. Once approved it carries its proof: the
 * warning's signed receipt, the public key that verifies it, and where the steps are written down.
 *
 * @param quotedText the delivered text, exactly as the receipt signed it and as {@code text} quotes it
 * @param receipt    only when APPROVED
 * @param publicKey  only when APPROVED: the signing key's public half as a JWK
 * @param verify     only when APPROVED: how to check it
 */
public record StatementView(UUID id, UUID warningId, UUID threatId, String warningReference, String recipientName,
                            Instant deliveredAt, String text, String quotedText, StatementState state,
                            String draftedBy, Instant draftedAt, String decidedBy, Instant decidedAt,
                            String decisionNote, ReceiptProof receipt, Map<String, String> publicKey, String verify) {

    public static final String VERIFY = "Check the receipt's JWS with the public key (Ed25519), then that its "
            + "payload's releasableText is the text this statement quotes: scripts/verify-statement.sh on the "
            + "bundle (GET /api/v1/statements/{id}/bundle) does both; see docs/receipts.md.";

    /** The warning's receipt: the JWS is the proof, the canonical payload what it signs, for reading. */
    public record ReceiptProof(String jws, String canonicalPayload, String keyId, Instant issuedAt) {
    }

    public boolean approved() {
        return state == StatementState.APPROVED;
    }
}
