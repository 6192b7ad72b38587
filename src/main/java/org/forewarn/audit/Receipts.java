package org.forewarn.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.shared.database.NodeName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and keeps signed receipts; one per delivered warning, never re-issued. Each node signs with
 * the key in its data directory; the public half of every key that signed a receipt is kept in the
 * database, so that any node verifies any receipt (another node's, or one signed before a key was
 * replaced) and {@link #signingKeys()} publishes them all.
 */
@Service
public class Receipts {

    private final JdbcClient jdbc;
    private final ReceiptSigner signer;
    private final Clock clock;
    private final NodeName node;

    Receipts(JdbcClient jdbc, ReceiptSigner signer, Clock clock, NodeName node) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.clock = clock;
        this.node = node;
    }

    /** Signs the payload and stores the receipt, in the caller's transaction. */
    @Transactional
    public Receipt issue(UUID warningId, Map<String, ?> payload) {
        String canonical = CanonicalJson.write(payload);
        String jws = signer.sign(canonical);
        var issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // The key's public half goes on record with its first receipt (and commits with it).
        jdbc.sql("""
                insert into receipt_signing_keys (key_id, x, first_used_at, first_node)
                values (:keyId, :x, :now, :node) on conflict (key_id) do nothing""")
                .param("keyId", signer.keyId()).param("x", signer.x()).param("now", Timestamp.from(issuedAt))
                .param("node", node.name()).update();
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
        String problem = signer.problemWith(receipt.jws(), this::registeredKey);
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

    /** The key this node signs new receipts with. */
    public Map<String, String> publicJwk() {
        return signer.publicJwk();
    }

    /** Every key that has signed a receipt here, and this node's: a JWK Set (RFC 7517). */
    public Map<String, List<Map<String, String>>> signingKeys() {
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        keys.put(signer.keyId(), signer.publicJwk());
        jdbc.sql("select x from receipt_signing_keys order by first_used_at").query(String.class).list()
                .forEach(x -> keys.putIfAbsent(ReceiptSigner.keyId(x), ReceiptSigner.jwk(x)));
        return Map.of("keys", List.copyOf(keys.values()));
    }

    private Optional<String> registeredKey(String keyId) {
        return jdbc.sql("select x from receipt_signing_keys where key_id = :keyId").param("keyId", keyId)
                .query(String.class).optional();
    }
}
