package org.forewarn.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and keeps signed receipts; one per delivered warning, never re-issued. */
@Service
public class Receipts {

    private final JdbcClient jdbc;
    private final ReceiptSigner signer;
    private final Clock clock;

    Receipts(JdbcClient jdbc, ReceiptSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.clock = clock;
    }

    /** Signs the payload and stores the receipt, in the caller's transaction. */
    @Transactional
    public Receipt issue(UUID warningId, Map<String, ?> payload) {
        String canonical = CanonicalJson.write(payload);
        String jws = signer.sign(canonical);
        var issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into receipts (warning_id, canonical_payload, jws, key_id, issued_at)
                values (:warningId, :payload, :jws, :keyId, :issuedAt)""")
                .param("warningId", warningId).param("payload", canonical).param("jws", jws)
                .param("keyId", signer.keyId()).param("issuedAt", Timestamp.from(issuedAt)).update();
        return new Receipt(warningId, canonical, jws, signer.keyId(), issuedAt);
    }

    public Optional<Receipt> find(UUID warningId) {
        return jdbc.sql("select * from receipts where warning_id = :id").param("id", warningId)
                .query((rs, n) -> new Receipt(rs.getObject("warning_id", UUID.class), rs.getString("canonical_payload"),
                        rs.getString("jws"), rs.getString("key_id"), rs.getTimestamp("issued_at").toInstant()))
                .optional();
    }

    /**
     * Verifies a receipt again, server-side: its signature against the signing key, and that the
     * payload it signs is byte for byte the one stored with it.
     */
    public ReceiptVerification verify(Receipt receipt) {
        String problem = signer.problemWith(receipt.jws());
        if (problem == null) {
            String signed = new String(java.util.Base64.getUrlDecoder().decode(receipt.jws().split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (!signed.equals(receipt.canonicalPayload())) {
                problem = "the signed payload differs from the receipt's stored payload";
            }
        }
        return new ReceiptVerification(problem == null, receipt.keyId(), problem);
    }

    /**
     * @param valid  whether the signature verifies with the signing key and covers the stored payload
     * @param keyId  the key the receipt names (RFC 7638 thumbprint)
     * @param reason why it does not hold, for a person; null when valid
     */
    public record ReceiptVerification(boolean valid, String keyId, String reason) {
    }

    public Map<String, String> publicJwk() {
        return signer.publicJwk();
    }
}
