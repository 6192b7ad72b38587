package org.forewarn.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Proof of exactly what was delivered.
 *
 * @param warningId        the warning it proves
 * @param canonicalPayload the signed bytes (UTF-8), canonical JSON
 * @param jws              compact JWS whose payload is {@code canonicalPayload}
 * @param keyId            the signing key's JWK thumbprint
 */
public record Receipt(UUID warningId, String canonicalPayload, String jws, String keyId, Instant issuedAt) {

    /** The payload as a JSON tree, for embedding in a response. */
    public Object payload() {
        return CanonicalJson.parse(canonicalPayload);
    }
}
